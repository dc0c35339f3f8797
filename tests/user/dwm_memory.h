// Whether a desktop program gave back its memory: the readings a test
// takes while no program runs (dwm's pages, the shared-memory objects,
// the free pages and what may hold pages without losing them) and the
// check that they come back once it has gone.
#ifndef TESTS_USER_DWM_MEMORY_H
#define TESTS_USER_DWM_MEMORY_H 1

#include "../../programs/fuzz/procinfo.h"

#include <sys/types.h>

typedef struct
{
    long long dwm_pages; // the pages of the dwm serving the test
    long long shm;       // live shared-memory objects (-1: unknown)
    procinfo_mem_t mem;  // free pages, kernel heap, this test's pages
} dwm_memory_t;

// Take the readings (fields that cannot be read are -1).
dwm_memory_t dwm_memory(pid_t dwm);

// NULL when everything in BEFORE has come back, looking again for a
// while (a process's last pages are freed a moment after its wait). Free
// pages may be missing only where nothing is lost, by the fuzzer's rule
// (programs/fuzz/pages_verdict.h): this test's own growth, and kernel
// heap pages holding no more live allocations than before.
const char* dwm_memory_back(pid_t dwm, dwm_memory_t before);

#endif

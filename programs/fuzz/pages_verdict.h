// Whether a campaign gave back every page it used, from the memory
// readings before and after it (no system calls: the host tests it).
#ifndef FUZZ_PAGES_VERDICT_H
#define FUZZ_PAGES_VERDICT_H 1

#include "procinfo.h"

#include <stdbool.h>

// Whether every page the campaign used came back. Fewer free pages pass
// only when the missing pages are where nothing is lost: the supervisor's
// own memory grew (a deeper stack, a bigger heap: it lives on), or the
// kernel heap holds them in partly used slabs while it has no more live
// allocations than before (the same objects laid out differently). A
// lost kernel object is one more allocation; a lost page outside the heap
// and the supervisor is in neither count.
bool pages_verdict(const procinfo_mem_t* before, const procinfo_mem_t* after);

#endif

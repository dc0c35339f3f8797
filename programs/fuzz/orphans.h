// Processes the fuzzer started that lost their parent: a child that
// faulted or was killed leaves its victims and programs behind. The
// supervisor knows its children; every process whose parent is one of
// them (or one of those, and so on) is ours too, and one whose parent has
// exited is ended here. Each must be gone within FUZZ_KILL_BOUND_NS.
#ifndef FUZZ_ORPHANS_H
#define FUZZ_ORPHANS_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/** Remember @p pid as ours (a child the supervisor started). */
void orphans_adopt(pid_t pid);

/**
 * Look at every process: kill our orphans, check the ones killed before
 * are gone. Returns the number of orphans killed now; adds to @p hangs
 * for each that outlived its bound (printing its pid).
 */
uint64_t orphans_sweep(uint64_t* hangs);

/** True while an orphan we killed has not gone yet. */
bool orphans_pending(void);

#endif

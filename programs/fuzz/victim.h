// Victims: processes whose threads are blocked in every way the kernel
// offers, for a child to kill (victim_ops.c), or that exit by themselves
// while their threads are blocked. Started as "fuzz --victim SEED
// LIFETIME_MS [PLAN]"; they signal "ready" on descriptor 1 once their
// threads are started, and end by themselves after LIFETIME_MS at the
// latest. The seed picks how many threads block and how, whether there is
// a note handler and what the main thread does; PLAN says it instead:
// names separated by commas or '+', one per blocked thread (pipe-read,
// pipe-write, accept, socket-read, futex, sleep, poll, wait-child,
// ctl-wait, keyboard, thread-storm, spin, short-sleeps, file-mutex), and
// "handler", "main-exits" (after a while), "main-leaves" (thread_exit) or
// "main-blocks" (the default). Tests use it to check that a kill ends each
// kind of wait.
#ifndef FUZZ_VICTIM_H
#define FUZZ_VICTIM_H 1

#include <stdbool.h>
#include <stdint.h>

/** The most blocked threads a victim has (besides its main thread and its timer). */
#define BLOCKERS_MAX 8

/** What the main thread does once the others are blocked. */
enum
{
    VICTIM_MAIN_EXITS,
    VICTIM_MAIN_LEAVES,
    VICTIM_MAIN_BLOCKS,
    VICTIM_MAIN_MODES
};

typedef struct
{
    int kinds[BLOCKERS_MAX];
    int count;
    bool handler;
    int main;
} victim_plan_t;

/** Parse PLAN; false for an unknown name, too many threads or none. */
bool victim_plan_parse(const char* list, victim_plan_t* plan);

/** A victim's main; @p plan NULL: the seed chooses. */
int victim_main(uint64_t seed, uint64_t lifetime_ms, const victim_plan_t* plan);

#endif

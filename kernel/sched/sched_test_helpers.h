// What the scheduler's kernel tests share (sched_test.c, thread_test.c,
// sched_kick_test.c).
#ifndef KERNEL_SCHED_SCHED_TEST_HELPERS_H
#define KERNEL_SCHED_SCHED_TEST_HELPERS_H 1

#include "sched.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/cpu.h>
#include <kernel/cpu/cpu.h>

#include <stdbool.h>
#include <stdint.h>

#define MS CLOCK_NS_PER_MS
// How long a test waits for something that should happen at all: long
// enough that only a thing that never happens reaches it, however busy
// the host running the emulator is. Speed is for the benchmarks.
#define HANG_LIMIT (60000 * MS)

/** The CPU the caller runs on (it may move right after). */
static inline uint32_t this_cpu(void)
{
    interrupt_state_t flags = cpu_interrupts_save();
    uint32_t index = cpu_current()->index;
    cpu_interrupts_restore(flags);
    return index;
}

/** Wait (sleeping) until *flag is set or @p timeout_ns passes; true if set. */
static inline bool wait_for_flag(volatile bool* flag, uint64_t timeout_ns)
{
    uint64_t deadline = clock_uptime_ns() + timeout_ns;
    while (!*flag && clock_uptime_ns() < deadline)
    {
        sched_sleep_ns(1 * MS);
    }
    return *flag;
}

#endif

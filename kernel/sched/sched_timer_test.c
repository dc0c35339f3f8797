// The scheduler's timer is set only when a deadline needs it: two threads
// handing one CPU back and forth (each waking the other, then sleeping)
// must not reprogram the local APIC's timer on every hand-over.
#include "sched.h"
#include "thread.h"

#include <kernel/arch/clock.h>
#include <kernel/cpu/cpu.h>
#include <kernel/panic/panic.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>
#include <kernel/test/ktest.h>

#include <stddef.h>
#include <stdint.h>

#define HANDOVERS 400 // per thread

typedef struct
{
    spinlock_t lock;
    wait_queue_t queue;
    int turn; // which of the two threads goes next
} handover_t;

static handover_t handover;

static void handover_thread(void* arg)
{
    int me = (int)(uintptr_t)arg;
    spin_lock(&handover.lock);
    for (int i = 0; i < HANDOVERS; i++)
    {
        while (handover.turn != me)
        {
            wait_block_uninterruptible(&handover.queue, &handover.lock);
        }
        handover.turn = 1 - me;
        wait_wake(&handover.queue, 1);
    }
    spin_unlock(&handover.lock);
}

KTEST(sched, handovers_leave_the_timer_alone)
{
    spinlock_init(&handover.lock);
    wait_queue_init(&handover.queue);
    handover.turn = 0;
    int cpu = (int)cpu_online_count() - 1;
    uint64_t programs = sched_timer_programs(cpu);
    uint64_t start = clock_uptime_ns();
    thread_t* a = thread_create("handover a", handover_thread, (void*)0, SCHED_PRIORITY_DEFAULT, cpu);
    thread_t* b = thread_create("handover b", handover_thread, (void*)1, SCHED_PRIORITY_DEFAULT, cpu);
    KTEST_ASSERT(a != NULL && b != NULL);
    thread_join(a);
    thread_join(b);
    uint64_t elapsed = clock_uptime_ns() - start;
    programs = sched_timer_programs(cpu) - programs;
    // Setting it once per slice is what enforcing slices takes, whatever
    // the host's speed; twice per hand-over (armed when one thread wakes
    // the other, stopped when it sleeps) would be 4 * HANDOVERS. A few
    // more for whatever else ran on that CPU meanwhile.
    uint64_t allowed = 16 + 2 * (elapsed / SCHED_SLICE_MIN_NS);
    KTEST_ASSERT(programs <= allowed);
}

// Wake-up IPIs held back while the waker holds a spinlock (sched.c,
// sched_kick): the woken CPU must not be sent running while the waker
// still holds the lock the woken thread wants first.
#include "sched.h"
#include "sched_test_helpers.h"
#include "thread.h"

#include <kernel/cpu/cpu.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>
#include <kernel/test/ktest.h>

typedef struct
{
    spinlock_t lock;
    wait_queue_t queue;
    volatile bool blocked; // set under the lock, which the sleeper gives up only once off its CPU
    volatile bool woken;
    volatile bool ran;
} kick_test_t;

static void kick_test_sleeper(void* arg)
{
    kick_test_t* test = arg;
    spin_lock(&test->lock);
    test->blocked = true;
    while (!test->woken)
    {
        wait_block_uninterruptible(&test->queue, &test->lock);
    }
    spin_unlock(&test->lock);
    test->ran = true;
}

KTEST(sched, wake_ipi_waits_until_the_wakers_locks_are_released)
{
    static kick_test_t test;
    static spinlock_t outer;
    uint32_t online = cpu_online_count();
    if (online < 2)
    {
        return; // no other CPU to send an IPI to
    }
    test = (kick_test_t){0};
    spinlock_init(&test.lock);
    spinlock_init(&outer);
    wait_queue_init(&test.queue);

    // This thread stays on its CPU (it reads that CPU's record below).
    interrupt_state_t flags = cpu_interrupts_save();
    uint32_t here = cpu_current()->index;
    sched_current()->pinned_cpu = (int)here;
    cpu_interrupts_restore(flags);
    uint32_t there = (here + 1) % online;
    thread_t* sleeper = thread_create("sleeper", kick_test_sleeper, &test, SCHED_PRIORITY_DEFAULT, (int)there);
    KTEST_ASSERT(sleeper != NULL);
    bool blocked = wait_for_flag(&test.blocked, HANG_LIMIT);

    uint64_t bit = 1ULL << there;
    spin_lock(&outer); // a lock the wake-up has nothing to do with
    uint64_t deferred = cpus[here].sched.kicks_deferred;
    spin_lock(&test.lock); // the sleeper is blocked by now
    test.woken = true;
    wait_wake(&test.queue, 1);
    spin_unlock(&test.lock);
    bool held_under_outer = (cpus[here].sched.kicks_held & bit) != 0;
    spin_unlock(&outer);
    flags = cpu_interrupts_save();
    bool held_after = (cpus[here].sched.kicks_held & bit) != 0;
    uint64_t sent = cpus[here].sched.kicks_deferred - deferred;
    cpu_interrupts_restore(flags);

    bool ran = wait_for_flag(&test.ran, HANG_LIMIT);
    sched_current()->pinned_cpu = THREAD_ANY_CPU;
    thread_join(sleeper);
    KTEST_ASSERT(blocked);
    KTEST_ASSERT(held_under_outer);
    KTEST_ASSERT(!held_after);
    KTEST_ASSERT(sent >= 1);
    KTEST_ASSERT(ran);
}

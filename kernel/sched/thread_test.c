// Threads' reference counts. A user thread's handle is dropped by its
// creator (user_thread_start) at any time after the thread started, so the
// drop can land while thread_reap, on another CPU, is still inside the
// thread's lock after dropping the thread's own reference. It must wait
// for that lock: once it freed the thread there, and thread_reap's unlock
// wrote into freed memory.
#include "sched.h"
#include "sched_test_helpers.h"
#include "thread.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/cpu.h>
#include <kernel/cpu/cpu.h>
#include <kernel/sync/spinlock.h>
#include <kernel/test/ktest.h>

#define HOLD_NS (10 * MS) // the lock is held this long after the drop began

typedef struct
{
    thread_t* target;
    volatile bool go;      // the lock is held: drop the handle now
    volatile bool putting; // about to call thread_put
    volatile bool done;    // thread_put returned
} put_test_t;

static void put_handle(void* argument)
{
    put_test_t* test = argument;
    wait_for_flag(&test->go, HANG_LIMIT);
    test->putting = true;
    thread_put(test->target);
    test->done = true;
}

KTEST(thread, handle_drop_waits_for_the_lock)
{
    if (cpu_online_count() < 2)
    {
        return; // with one CPU the drop cannot run while the lock is held
    }
    static put_test_t test;
    test = (put_test_t){0};
    test.target = thread_create_unqueued("target", NULL, NULL); // never runs: its own reference and a handle
    KTEST_ASSERT(test.target != NULL);
    int cpu = (int)((this_cpu() + 1) % cpu_online_count());
    thread_t* putter = thread_create("putter", put_handle, &test, SCHED_PRIORITY_DEFAULT, cpu);
    KTEST_ASSERT(putter != NULL);

    // Hold the lock as thread_reap does while it wakes the joiners, and let
    // the other CPU drop the handle meanwhile.
    spin_lock(&test.target->lock);
    test.go = true;
    uint64_t deadline = clock_uptime_ns() + HANG_LIMIT;
    while (!test.putting && clock_uptime_ns() < deadline)
    {
        cpu_pause();
    }
    bool started = test.putting;
    clock_spin_ns(HOLD_NS);
    uint32_t refs_while_held = test.target->refs;
    bool done_while_held = test.done;
    spin_unlock(&test.target->lock);

    wait_for_flag(&test.done, HANG_LIMIT);
    thread_join(putter);
    KTEST_ASSERT(started);
    KTEST_ASSERT_EQ(refs_while_held, 2); // the drop waited for the lock
    KTEST_ASSERT(!done_while_held);
    KTEST_ASSERT(test.done);
    KTEST_ASSERT_EQ(test.target->refs, 1); // then it went
    thread_put(test.target);               // the last one frees it
}

// The reaper: a kernel thread that tears processes down once their last
// thread is off its CPU for good. The last thread cannot do it itself: it
// runs in the address space that has to go, and its reap hook is called by
// the scheduler, where nothing may sleep.
#include "process.h"

#include <kernel/panic/panic.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>

#include <stddef.h>

static spinlock_t reaper_lock = SPINLOCK_INIT;
static wait_queue_t reaper_queue;
// Processes waiting to be torn down, oldest first, through reap_next.
static process_t* pending_head;
static process_t* pending_tail;

void reaper_enqueue(process_t* process)
{
    spin_lock(&reaper_lock);
    process->reap_next = NULL;
    if (pending_tail != NULL)
    {
        pending_tail->reap_next = process;
    }
    else
    {
        pending_head = process;
    }
    pending_tail = process;
    wait_wake(&reaper_queue, 1);
    spin_unlock(&reaper_lock);
}

static process_t* reaper_take(void)
{
    spin_lock(&reaper_lock);
    while (pending_head == NULL)
    {
        wait_block_uninterruptible(&reaper_queue, &reaper_lock);
    }
    process_t* process = pending_head;
    pending_head = process->reap_next;
    if (pending_head == NULL)
    {
        pending_tail = NULL;
    }
    spin_unlock(&reaper_lock);
    return process;
}

static void reaper_loop(void* unused)
{
    (void)unused;
    for (;;)
    {
        process_t* process = reaper_take();
        process_teardown(process);
        process_put(process); // the last thread's reference, handed over
    }
}

void reaper_init(void)
{
    wait_queue_init(&reaper_queue);
    thread_t* thread = thread_create("reaper", reaper_loop, NULL, SCHED_PRIORITIES - 1, THREAD_ANY_CPU);
    if (thread == NULL)
    {
        panic("proc: out of memory starting the reaper");
    }
    thread_put(thread);
}

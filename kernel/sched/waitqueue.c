#include "waitqueue.h"

#include <kernel/arch/clock.h>
#include <kernel/sched/sched.h>

#include <stddef.h>

void wait_queue_init(wait_queue_t* queue)
{
    queue->head = NULL;
    queue->tail = NULL;
}

bool wait_queue_empty(const wait_queue_t* queue)
{
    return queue->head == NULL;
}

static void wait_remove(wait_queue_t* queue, thread_t* thread)
{
    if (thread->wait_prev != NULL)
    {
        thread->wait_prev->wait_next = thread->wait_next;
    }
    else
    {
        queue->head = thread->wait_next;
    }
    if (thread->wait_next != NULL)
    {
        thread->wait_next->wait_prev = thread->wait_prev;
    }
    else
    {
        queue->tail = thread->wait_prev;
    }
    thread->wait_next = thread->wait_prev = NULL;
    thread->waiting_on = NULL;
}

static wait_result_t wait_sleep(wait_queue_t* queue, spinlock_t* lock, uint64_t deadline_ns, bool interruptible)
{
    thread_t* self = sched_current();
    self->waiting_on = queue;
    self->wait_next = NULL;
    self->wait_prev = queue->tail;
    if (queue->tail != NULL)
    {
        queue->tail->wait_next = self;
    }
    else
    {
        queue->head = self;
    }
    queue->tail = self;

    // The caller's spin_lock saved its interrupt state in the lock; keep it
    // for the caller's unlock, since the lock is taken again in between.
    uint64_t flags = lock->flags;
    wait_result_t result;
    for (;;)
    {
        // Releases the lock once asleep; returns at once if interrupted.
        sched_block(lock, deadline_ns, interruptible);
        spin_acquire(lock);
        if (self->waiting_on != queue)
        {
            result = WAIT_WOKEN;
            break;
        }
        if (interruptible && self->interrupted)
        {
            result = WAIT_INTERRUPTED;
            break;
        }
        if (deadline_ns != 0 && clock_uptime_ns() >= deadline_ns)
        {
            result = WAIT_TIMEOUT;
            break;
        }
        // Neither woken nor timed out (a stray wake-up): sleep again.
    }
    lock->flags = flags;
    if (result != WAIT_WOKEN)
    {
        wait_remove(queue, self);
    }
    return result;
}

wait_result_t wait_block(wait_queue_t* queue, spinlock_t* lock, uint64_t deadline_ns)
{
    return wait_sleep(queue, lock, deadline_ns, true);
}

void wait_block_uninterruptible(wait_queue_t* queue, spinlock_t* lock)
{
    wait_sleep(queue, lock, 0, false);
}

uint32_t wait_wake(wait_queue_t* queue, uint32_t count)
{
    uint32_t woken = 0;
    while (woken < count && queue->head != NULL)
    {
        thread_t* thread = queue->head;
        wait_remove(queue, thread);
        sched_wakeup(thread);
        woken++;
    }
    return woken;
}

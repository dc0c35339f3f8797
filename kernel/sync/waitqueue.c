#include "waitqueue.h"

#include <kernel/sched/sched.h>
#include <kernel/time/clock.h>

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

bool wait_block(wait_queue_t* queue, spinlock_t* lock, uint64_t deadline_ns)
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
    for (;;)
    {
        sched_block(lock, deadline_ns); // releases the lock once asleep
        spin_acquire(lock);
        if (self->waiting_on != queue || (deadline_ns != 0 && clock_uptime_ns() >= deadline_ns) ||
            self->interrupted)
        {
            break;
        }
        // Neither woken nor timed out (a stray wake-up): sleep again.
    }
    lock->flags = flags;
    if (self->waiting_on == queue)
    {
        wait_remove(queue, self); // the deadline passed first, or the thread is being ended
        return false;
    }
    return true;
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

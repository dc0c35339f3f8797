// Wait queues: threads waiting for a condition that someone else will
// signal. The queue itself has no lock: it is protected by the lock that
// also guards the condition (a mutex's, a pipe's...), which the waiter
// holds while checking the condition and which wait_block gives up only
// once the thread is safely asleep, so no wake-up is lost:
//
//   spin_lock(&pipe->lock);
//   while (pipe_empty(pipe))
//       wait_block(&pipe->readers, &pipe->lock, 0);
//   ...
//   spin_unlock(&pipe->lock);
#ifndef KERNEL_SCHED_WAITQUEUE_H
#define KERNEL_SCHED_WAITQUEUE_H 1

#include <kernel/sched/thread.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

void wait_queue_init(wait_queue_t* queue);

/** How a wait ended. */
typedef enum
{
    WAIT_WOKEN,       /**< wait_wake chose this thread */
    WAIT_TIMEOUT,     /**< the deadline passed first */
    WAIT_INTERRUPTED, /**< the thread was interrupted (sched_interrupt): give up and return */
} wait_result_t;

/**
 * Sleep on @p queue, with @p lock (held) released meanwhile and held again
 * on return. @p deadline_ns (uptime; 0 for none) ends the wait early.
 *
 * The wait is interruptible: a thread that has been interrupted (its
 * process is ending, or a note is waiting for it) does not go to sleep at
 * all, and one interrupted while asleep wakes up; the caller should then
 * give up and return (-EINTR). The check is made under the scheduler's
 * lock that sched_interrupt also takes, so an interruption cannot slip in
 * between the check and the sleep. A wake-up that came too wins over an
 * interruption: the thread was chosen, so it must act on it.
 */
wait_result_t wait_block(wait_queue_t* queue, spinlock_t* lock, uint64_t deadline_ns);

/**
 * Like wait_block without a deadline, but not interruptible: for waits
 * inside the kernel that end after someone else's short, bounded work
 * (a mutex held over a table update, a thread finishing its exit). Never
 * for anything a user program could make last.
 */
void wait_block_uninterruptible(wait_queue_t* queue, spinlock_t* lock);

/** Wake up to @p count waiters, oldest first (the queue's lock held); how many woke. */
uint32_t wait_wake(wait_queue_t* queue, uint32_t count);

/** True if nobody waits. */
bool wait_queue_empty(const wait_queue_t* queue);

#endif

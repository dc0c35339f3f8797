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
#ifndef KERNEL_SYNC_WAITQUEUE_H
#define KERNEL_SYNC_WAITQUEUE_H 1

#include <kernel/sched/thread.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

void wait_queue_init(wait_queue_t* queue);

/**
 * Sleep on @p queue, with @p lock (held) released meanwhile and held again
 * on return. @p deadline_ns (uptime; 0 for none) ends the wait early.
 * Returns true if woken by wait_wake, false if the deadline passed or the
 * thread is being ended (thread->interrupted: its process is exiting; the
 * caller should give up and return).
 */
bool wait_block(wait_queue_t* queue, spinlock_t* lock, uint64_t deadline_ns);

/** Wake up to @p count waiters, oldest first (the queue's lock held); how many woke. */
uint32_t wait_wake(wait_queue_t* queue, uint32_t count);

/** True if nobody waits. */
bool wait_queue_empty(const wait_queue_t* queue);

#endif

// Mutexes and read-write locks: sleeping locks for longer critical
// sections, in thread context only (never in an interrupt handler, never
// while holding a spinlock). A thread that cannot get one sleeps on its
// wait queue instead of spinning.
#ifndef KERNEL_SCHED_MUTEX_H
#define KERNEL_SCHED_MUTEX_H 1

#include "waitqueue.h"

#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>

typedef struct
{
    spinlock_t lock;
    thread_t* owner;
    wait_queue_t waiters;
} mutex_t;

void mutex_init(mutex_t* mutex);

/** Take the mutex, sleeping as long as it takes (for locks held over short, bounded work). */
void mutex_lock(mutex_t* mutex);

/**
 * Take the mutex, unless the thread is interrupted while it waits: 0, or
 * -EINTR. For locks held over work a user program can make last (a file's
 * lock, held while a read waits for a pipe), so a kill always gets through.
 */
int mutex_lock_interruptible(mutex_t* mutex);

bool mutex_trylock(mutex_t* mutex);
/** Release; the caller must be the owner. */
void mutex_unlock(mutex_t* mutex);

/**
 * Many readers or one writer. A waiting writer goes before readers that
 * arrive after it, so a stream of readers cannot starve writers.
 */
typedef struct
{
    spinlock_t lock;
    uint32_t readers; /**< holding it now */
    bool writer;      /**< a writer holds it now */
    uint32_t writers_waiting;
    wait_queue_t read_waiters;
    wait_queue_t write_waiters;
} rwlock_t;

void rwlock_init(rwlock_t* lock);
void rwlock_read_lock(rwlock_t* lock);
void rwlock_read_unlock(rwlock_t* lock);
void rwlock_write_lock(rwlock_t* lock);
void rwlock_write_unlock(rwlock_t* lock);

#endif

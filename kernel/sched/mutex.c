#include "mutex.h"

#include <kernel/panic/panic.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <stddef.h>

void mutex_init(mutex_t* mutex)
{
    spinlock_init(&mutex->lock);
    mutex->owner = NULL;
    wait_queue_init(&mutex->waiters);
}

static int mutex_acquire(mutex_t* mutex, bool interruptible)
{
    thread_t* self = sched_current();
    spin_lock(&mutex->lock);
    if (mutex->owner == self)
    {
        panic("mutex: %p locked twice by thread %s", (void*)mutex, self->name);
    }
    while (mutex->owner != NULL)
    {
        if (!interruptible)
        {
            wait_block_uninterruptible(&mutex->waiters, &mutex->lock);
        }
        else if (wait_block(&mutex->waiters, &mutex->lock, 0) == WAIT_INTERRUPTED)
        {
            spin_unlock(&mutex->lock);
            return -EINTR;
        }
    }
    mutex->owner = self;
    spin_unlock(&mutex->lock);
    return 0;
}

void mutex_lock(mutex_t* mutex)
{
    mutex_acquire(mutex, false);
}

int mutex_lock_interruptible(mutex_t* mutex)
{
    return mutex_acquire(mutex, true);
}

bool mutex_trylock(mutex_t* mutex)
{
    spin_lock(&mutex->lock);
    bool taken = mutex->owner == NULL;
    if (taken)
    {
        mutex->owner = sched_current();
    }
    spin_unlock(&mutex->lock);
    return taken;
}

void mutex_unlock(mutex_t* mutex)
{
    spin_lock(&mutex->lock);
    if (mutex->owner != sched_current())
    {
        panic("mutex: %p unlocked by a thread that does not own it", (void*)mutex);
    }
    mutex->owner = NULL;
    wait_wake(&mutex->waiters, 1);
    spin_unlock(&mutex->lock);
}

void rwlock_init(rwlock_t* lock)
{
    spinlock_init(&lock->lock);
    lock->readers = 0;
    lock->writer = false;
    lock->writers_waiting = 0;
    wait_queue_init(&lock->read_waiters);
    wait_queue_init(&lock->write_waiters);
}

void rwlock_read_lock(rwlock_t* lock)
{
    spin_lock(&lock->lock);
    while (lock->writer || lock->writers_waiting > 0)
    {
        wait_block_uninterruptible(&lock->read_waiters, &lock->lock);
    }
    lock->readers++;
    spin_unlock(&lock->lock);
}

void rwlock_read_unlock(rwlock_t* lock)
{
    spin_lock(&lock->lock);
    if (--lock->readers == 0)
    {
        wait_wake(&lock->write_waiters, 1);
    }
    spin_unlock(&lock->lock);
}

void rwlock_write_lock(rwlock_t* lock)
{
    spin_lock(&lock->lock);
    lock->writers_waiting++;
    while (lock->writer || lock->readers > 0)
    {
        wait_block_uninterruptible(&lock->write_waiters, &lock->lock);
    }
    lock->writers_waiting--;
    lock->writer = true;
    spin_unlock(&lock->lock);
}

void rwlock_write_unlock(rwlock_t* lock)
{
    spin_lock(&lock->lock);
    lock->writer = false;
    // Writers first; readers only when no writer waits.
    if (wait_wake(&lock->write_waiters, 1) == 0)
    {
        wait_wake(&lock->read_waiters, UINT32_MAX);
    }
    spin_unlock(&lock->lock);
}

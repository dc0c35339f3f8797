#include "futex.h"

#include <kernel/arch/clock.h>
#include <kernel/mem/user_copy.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>

#define FUTEX_BUCKETS 64

// A sleeping thread's record, on its own kernel stack while it waits.
typedef struct futex_waiter
{
    space_t* space;
    uint64_t address;
    thread_t* thread;
    bool woken;
    struct futex_waiter* next;
} futex_waiter_t;

typedef struct
{
    spinlock_t lock;
    futex_waiter_t* waiters;
} futex_bucket_t;

static futex_bucket_t buckets[FUTEX_BUCKETS];

static futex_bucket_t* futex_bucket(space_t* space, uint64_t address)
{
    uint64_t key = (address >> 2) ^ ((uint64_t)space >> 6);
    key ^= key >> 17;
    return &buckets[key % FUTEX_BUCKETS];
}

static void futex_unlink(futex_bucket_t* bucket, futex_waiter_t* waiter)
{
    futex_waiter_t** link = &bucket->waiters;
    while (*link != NULL && *link != waiter)
    {
        link = &(*link)->next;
    }
    if (*link != NULL)
    {
        *link = waiter->next;
    }
}

int futex_wait(space_t* space, uint64_t address, uint32_t value, uint64_t deadline_ns)
{
    if (address % sizeof(uint32_t) != 0)
    {
        return -EINVAL;
    }
    futex_bucket_t* bucket = futex_bucket(space, address);
    thread_t* self = sched_current();
    futex_waiter_t waiter = {space, address, self, false, NULL};
    spin_lock(&bucket->lock);
    // Read under the bucket lock, so a waker that changes the word and then
    // wakes cannot slip in between the check and the sleep.
    uint32_t current;
    int result = user_copy_from(&current, (const void*)address, sizeof(current));
    if (result != 0 || current != value)
    {
        spin_unlock(&bucket->lock);
        return result != 0 ? result : -EAGAIN;
    }
    waiter.next = bucket->waiters;
    bucket->waiters = &waiter;
    uint64_t flags = bucket->lock.flags;
    for (;;)
    {
        sched_block(&bucket->lock, deadline_ns, true);
        spin_acquire(&bucket->lock);
        if (waiter.woken)
        {
            result = 0;
            break;
        }
        if (self->interrupted)
        {
            result = -EINTR;
            break;
        }
        if (deadline_ns != 0 && clock_uptime_ns() >= deadline_ns)
        {
            result = -ETIMEDOUT;
            break;
        }
    }
    if (!waiter.woken)
    {
        futex_unlink(bucket, &waiter);
    }
    bucket->lock.flags = flags;
    spin_unlock(&bucket->lock);
    return result;
}

int futex_wake(space_t* space, uint64_t address, uint32_t count)
{
    futex_bucket_t* bucket = futex_bucket(space, address);
    int woken = 0;
    spin_lock(&bucket->lock);
    futex_waiter_t** link = &bucket->waiters;
    while (*link != NULL && (uint32_t)woken < count)
    {
        futex_waiter_t* waiter = *link;
        if (waiter->space == space && waiter->address == address)
        {
            *link = waiter->next;
            waiter->woken = true;
            sched_wakeup(waiter->thread);
            woken++;
        }
        else
        {
            link = &waiter->next;
        }
    }
    spin_unlock(&bucket->lock);
    return woken;
}

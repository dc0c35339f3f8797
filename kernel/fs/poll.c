// vfs_poll and vfs_poll_notify.
//
// One wait queue for every poller in the system and a generation counter,
// both under one spinlock. A poller reads the generation, asks each of its
// files for its state, and if none is ready sleeps, but only if the
// generation is still the one it read: a notify that came in between bumps
// it, so the poller looks again instead of missing the wake-up. A notify
// wakes every poller; each re-checks all its files. That costs spurious
// wake-ups when many threads poll unrelated files, in exchange for file
// systems needing nothing more than one call to vfs_poll_notify.
#include "vfs.h"

#include <kernel/arch/clock.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/sync/spinlock.h>

#include <errno.h>
#include <stddef.h>

static spinlock_t poll_lock = SPINLOCK_INIT;
static wait_queue_t poll_waiters;
static uint64_t poll_generation;

static uint64_t poll_generation_now(void)
{
    spin_lock(&poll_lock);
    uint64_t generation = poll_generation;
    spin_unlock(&poll_lock);
    return generation;
}

// Fill revents from each file's hook; how many files have something to report.
static int poll_check(file_t** files, const uint16_t* events, uint16_t* revents, size_t count)
{
    int ready = 0;
    for (size_t i = 0; i < count; i++)
    {
        if (files[i] == NULL)
        {
            revents[i] = POLL_INVALID;
        }
        else
        {
            // Errors and hang-ups are reported whether asked for or not.
            revents[i] = file_poll(files[i]) & (events[i] | POLL_ERROR | POLL_HANGUP);
        }
        if (revents[i] != 0)
        {
            ready++;
        }
    }
    return ready;
}

int vfs_poll(file_t** files, const uint16_t* events, uint16_t* revents, size_t count, uint64_t deadline_ns)
{
    // wait_block's "no deadline" is 0, ours is UINT64_MAX (0 means do not wait).
    uint64_t block_deadline = deadline_ns == UINT64_MAX ? 0 : deadline_ns;
    for (;;)
    {
        uint64_t generation = poll_generation_now();
        int ready = poll_check(files, events, revents, count);
        if (ready > 0 || deadline_ns == 0 || (block_deadline != 0 && clock_uptime_ns() >= block_deadline))
        {
            return ready;
        }
        wait_result_t waited = WAIT_WOKEN;
        spin_lock(&poll_lock);
        if (generation == poll_generation)
        {
            waited = wait_block(&poll_waiters, &poll_lock, block_deadline);
        }
        spin_unlock(&poll_lock);
        if (waited == WAIT_INTERRUPTED)
        {
            return -EINTR; // the process is ending, or a note waits
        }
    }
}

void vfs_poll_notify(void)
{
    spin_lock(&poll_lock);
    poll_generation++;
    if (!wait_queue_empty(&poll_waiters))
    {
        wait_wake(&poll_waiters, UINT32_MAX);
    }
    spin_unlock(&poll_lock);
}

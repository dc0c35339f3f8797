#include "thrd_internal.h"

#include <errno.h>
#include <sys/proc.h>

// Wait on @p condition until signalled or the monotonic time @p deadline
// (NULL: none), with @p mutex let go of meanwhile (see cnd_signal.c).
static int cnd_wait_until(cnd_t* condition, mtx_t* mutex, const uint64_t* deadline)
{
    if (__atomic_load_n(&mutex->_owner, __ATOMIC_RELAXED) != _mtx_me())
    {
        return thrd_error;
    }
    uint32_t sequence = __atomic_load_n(&condition->_sequence, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&condition->_waiters, 1, __ATOMIC_SEQ_CST);
    // A recursive mutex is let go of entirely, and taken back as deep.
    unsigned depth = mutex->_depth;
    mutex->_depth = 1;
    mtx_unlock(mutex);
    int result = thrd_success;
    uint64_t timeout = TIMEOUT_NEVER;
    if (deadline != NULL)
    {
        uint64_t now = uptime();
        timeout = now < *deadline ? *deadline - now : 0;
    }
    int saved_errno = errno;
    if (timeout == 0 || (futex(&condition->_sequence, sequence, FUTEX_WAIT, timeout) == -1 && errno == ETIMEDOUT))
    {
        result = thrd_timedout;
    }
    errno = saved_errno; // EAGAIN (signalled before we slept) and EINTR are wake-ups like any other
    __atomic_sub_fetch(&condition->_waiters, 1, __ATOMIC_SEQ_CST);
    _mtx_acquire(mutex, NULL);
    mutex->_depth = depth;
    return result;
}

int cnd_wait(cnd_t* condition, mtx_t* mutex)
{
    return cnd_wait_until(condition, mutex, NULL);
}

int cnd_timedwait(cnd_t* restrict condition, mtx_t* restrict mutex, const struct timespec* restrict deadline)
{
    uint64_t monotonic;
    if (!_thrd_deadline(deadline, &monotonic))
    {
        return thrd_error;
    }
    return cnd_wait_until(condition, mutex, &monotonic);
}

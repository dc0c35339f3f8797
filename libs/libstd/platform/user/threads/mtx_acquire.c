#include "thrd_internal.h"

#include <sys/proc.h>

// Pauses to wait for a holder that is about to let go (on another CPU)
// before sleeping: a few microseconds at most.
#define MTX_SPINS 100

static bool mtx_try(mtx_t* mutex)
{
    uint32_t free = 0;
    return __atomic_compare_exchange_n(&mutex->_state, &free, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

// The three-state futex lock of futex_lock.h, with a deadline.
static int mtx_wait(mtx_t* mutex, const uint64_t* deadline)
{
    for (int i = 0; i < MTX_SPINS && __atomic_load_n(&mutex->_state, __ATOMIC_RELAXED) == 1; i++)
    {
        __builtin_ia32_pause();
        if (__atomic_load_n(&mutex->_state, __ATOMIC_RELAXED) == 0 && mtx_try(mutex))
        {
            return thrd_success;
        }
    }
    // Mark it contended (2) before sleeping, so its holder wakes us.
    while (__atomic_exchange_n(&mutex->_state, 2, __ATOMIC_ACQUIRE) != 0)
    {
        uint64_t timeout = TIMEOUT_NEVER;
        if (deadline != NULL)
        {
            uint64_t now = uptime();
            if (now >= *deadline)
            {
                return thrd_timedout;
            }
            timeout = *deadline - now;
        }
        futex(&mutex->_state, 2, FUTEX_WAIT, timeout);
    }
    return thrd_success;
}

int _mtx_acquire(mtx_t* mutex, const uint64_t* deadline)
{
    void* me = _mtx_me();
    if ((mutex->_type & mtx_recursive) && __atomic_load_n(&mutex->_owner, __ATOMIC_RELAXED) == me)
    {
        mutex->_depth++;
        return thrd_success;
    }
    if (!mtx_try(mutex))
    {
        int result = mtx_wait(mutex, deadline);
        if (result != thrd_success)
        {
            return result;
        }
    }
    __atomic_store_n(&mutex->_owner, me, __ATOMIC_RELAXED);
    mutex->_depth = 1;
    return thrd_success;
}

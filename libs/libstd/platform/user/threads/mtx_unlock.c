#include "thrd_internal.h"

#include <sys/proc.h>

int mtx_unlock(mtx_t* mutex)
{
    // Only the holder sees itself as the owner: another thread may read a
    // stale owner, but never its own control block.
    if (__atomic_load_n(&mutex->_owner, __ATOMIC_RELAXED) != _mtx_me())
    {
        return thrd_error;
    }
    if (--mutex->_depth > 0)
    {
        return thrd_success; // a recursive mutex still held
    }
    __atomic_store_n(&mutex->_owner, NULL, __ATOMIC_RELAXED);
    if (__atomic_exchange_n(&mutex->_state, 0, __ATOMIC_RELEASE) == 2)
    {
        futex(&mutex->_state, 1, FUTEX_WAKE, 0);
    }
    return thrd_success;
}

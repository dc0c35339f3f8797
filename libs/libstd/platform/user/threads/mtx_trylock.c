#include "thrd_internal.h"

int mtx_trylock(mtx_t* mutex)
{
    void* me = _mtx_me();
    if ((mutex->_type & mtx_recursive) && __atomic_load_n(&mutex->_owner, __ATOMIC_RELAXED) == me)
    {
        mutex->_depth++;
        return thrd_success;
    }
    uint32_t free = 0;
    if (!__atomic_compare_exchange_n(&mutex->_state, &free, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        return thrd_busy;
    }
    __atomic_store_n(&mutex->_owner, me, __ATOMIC_RELAXED);
    mutex->_depth = 1;
    return thrd_success;
}

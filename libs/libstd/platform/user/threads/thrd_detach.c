#include "thrd_internal.h"

int thrd_detach(thrd_t thread)
{
    uint32_t joinable = _THRD_JOINABLE;
    if (__atomic_compare_exchange_n(&thread->state, &joinable, _THRD_DETACHED, false, __ATOMIC_ACQ_REL,
            __ATOMIC_ACQUIRE))
    {
        return thrd_success; // it frees itself when it ends (thrd_exit)
    }
    // It is already ending as a joinable thread: it will not hand itself
    // over, so we do.
    if (thread->mapping != NULL)
    {
        _thrd_reap_later(thread);
    }
    return thrd_success;
}

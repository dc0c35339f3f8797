#include "thrd_internal.h"

int mtx_timedlock(mtx_t* restrict mutex, const struct timespec* restrict deadline)
{
    uint64_t monotonic;
    if (!_thrd_deadline(deadline, &monotonic))
    {
        return thrd_error;
    }
    return _mtx_acquire(mutex, &monotonic);
}

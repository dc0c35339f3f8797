#include "thrd_internal.h"

int mtx_lock(mtx_t* mutex)
{
    return _mtx_acquire(mutex, NULL);
}

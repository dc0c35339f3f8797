// pthread_mutex_t: a mtx_t (recursive for PTHREAD_MUTEX_RECURSIVE) and
// the checks an error-checking mutex adds.
#include "../threads/thrd_internal.h"

#include <errno.h>
#include <pthread.h>

// Whether the calling thread holds @p mutex.
static bool pthread_mutex_mine(pthread_mutex_t* mutex)
{
    return __atomic_load_n(&mutex->_mutex._owner, __ATOMIC_RELAXED) == _mtx_me();
}

int pthread_mutex_init(pthread_mutex_t* restrict mutex, const pthread_mutexattr_t* restrict attributes)
{
    int kind = attributes != NULL ? attributes->kind : PTHREAD_MUTEX_DEFAULT;
    if (mtx_init(&mutex->_mutex, kind == PTHREAD_MUTEX_RECURSIVE ? mtx_plain | mtx_recursive : mtx_plain) !=
        thrd_success)
    {
        return EINVAL;
    }
    mutex->_kind = kind;
    return 0;
}

int pthread_mutex_destroy(pthread_mutex_t* mutex)
{
    if (__atomic_load_n(&mutex->_mutex._state, __ATOMIC_RELAXED) != 0)
    {
        return EBUSY;
    }
    mtx_destroy(&mutex->_mutex);
    return 0;
}

int pthread_mutex_lock(pthread_mutex_t* mutex)
{
    if (mutex->_kind == PTHREAD_MUTEX_ERRORCHECK && pthread_mutex_mine(mutex))
    {
        return EDEADLK;
    }
    return mtx_lock(&mutex->_mutex) == thrd_success ? 0 : EINVAL;
}

int pthread_mutex_trylock(pthread_mutex_t* mutex)
{
    int result = mtx_trylock(&mutex->_mutex);
    return result == thrd_success ? 0 : result == thrd_busy ? EBUSY : EINVAL;
}

int pthread_mutex_unlock(pthread_mutex_t* mutex)
{
    // mtx_unlock refuses a caller that does not hold the mutex.
    return mtx_unlock(&mutex->_mutex) == thrd_success ? 0 : EPERM;
}

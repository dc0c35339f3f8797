// pthread_cond_t is threads.h's cnd_t; the deadline's clock is the same
// (CLOCK_REALTIME is TIME_UTC).
#include <errno.h>
#include <pthread.h>

int pthread_cond_init(pthread_cond_t* restrict condition, const pthread_condattr_t* restrict attributes)
{
    (void)attributes;
    return cnd_init(condition) == thrd_success ? 0 : EAGAIN;
}

int pthread_cond_destroy(pthread_cond_t* condition)
{
    cnd_destroy(condition);
    return 0;
}

int pthread_cond_signal(pthread_cond_t* condition)
{
    return cnd_signal(condition) == thrd_success ? 0 : EINVAL;
}

int pthread_cond_broadcast(pthread_cond_t* condition)
{
    return cnd_broadcast(condition) == thrd_success ? 0 : EINVAL;
}

int pthread_cond_wait(pthread_cond_t* restrict condition, pthread_mutex_t* restrict mutex)
{
    return cnd_wait(condition, &mutex->_mutex) == thrd_success ? 0 : EPERM;
}

int pthread_cond_timedwait(pthread_cond_t* restrict condition, pthread_mutex_t* restrict mutex,
                           const struct timespec* restrict deadline)
{
    if (deadline == NULL || deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    {
        return EINVAL;
    }
    int result = cnd_timedwait(condition, &mutex->_mutex, deadline);
    return result == thrd_success ? 0 : result == thrd_timedout ? ETIMEDOUT : EPERM;
}

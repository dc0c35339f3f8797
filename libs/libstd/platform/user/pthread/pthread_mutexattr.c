// pthread_mutexattr_t: only the kind.
#include <errno.h>
#include <pthread.h>

int pthread_mutexattr_init(pthread_mutexattr_t* attributes)
{
    attributes->kind = PTHREAD_MUTEX_DEFAULT;
    return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t* attributes)
{
    (void)attributes;
    return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t* attributes, int kind)
{
    if (kind != PTHREAD_MUTEX_NORMAL && kind != PTHREAD_MUTEX_RECURSIVE && kind != PTHREAD_MUTEX_ERRORCHECK)
    {
        return EINVAL;
    }
    attributes->kind = kind;
    return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t* restrict attributes, int* restrict kind)
{
    *kind = attributes->kind;
    return 0;
}

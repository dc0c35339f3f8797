// pthread_attr_t: only the detach state.
#include <errno.h>
#include <pthread.h>

int pthread_attr_init(pthread_attr_t* attributes)
{
    attributes->detach_state = PTHREAD_CREATE_JOINABLE;
    return 0;
}

int pthread_attr_destroy(pthread_attr_t* attributes)
{
    (void)attributes;
    return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t* attributes, int state)
{
    if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
    {
        return EINVAL;
    }
    attributes->detach_state = state;
    return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t* attributes, int* state)
{
    *state = attributes->detach_state;
    return 0;
}

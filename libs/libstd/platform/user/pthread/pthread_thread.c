// The small thread calls that are threads.h's under other names.
#include <errno.h>
#include <pthread.h>

int pthread_detach(pthread_t thread)
{
    return thrd_detach(thread) == thrd_success ? 0 : EINVAL;
}

pthread_t pthread_self(void)
{
    return thrd_current();
}

int pthread_equal(pthread_t a, pthread_t b)
{
    return thrd_equal(a, b);
}

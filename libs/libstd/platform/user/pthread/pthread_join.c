#include "../threads/thrd_internal.h"

#include <errno.h>
#include <pthread.h>
#include <sys/proc.h>

int pthread_join(pthread_t thread, void** value)
{
    if (thread == _thrd_self())
    {
        return EDEADLK;
    }
    // The value is read once the thread has ended and before thrd_join
    // frees its structure.
    while (__atomic_load_n(&thread->alive, __ATOMIC_ACQUIRE) != 0)
    {
        futex(&thread->alive, 1, FUTEX_WAIT, TIMEOUT_NEVER);
    }
    void* result = thread->pthread_result;
    if (thrd_join(thread, NULL) != thrd_success)
    {
        return EINVAL;
    }
    if (value != NULL)
    {
        *value = result;
    }
    return 0;
}

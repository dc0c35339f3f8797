// pthread keys are threads.h's thread-specific storage keys.
#include <errno.h>
#include <pthread.h>

int pthread_key_create(pthread_key_t* key, void (*destructor)(void*))
{
    return tss_create(key, destructor) == thrd_success ? 0 : EAGAIN;
}

int pthread_key_delete(pthread_key_t key)
{
    tss_delete(key);
    return 0;
}

void* pthread_getspecific(pthread_key_t key)
{
    return tss_get(key);
}

int pthread_setspecific(pthread_key_t key, const void* value)
{
    return tss_set(key, (void*)value) == thrd_success ? 0 : EINVAL;
}

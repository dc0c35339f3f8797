#include <pthread.h>

int pthread_once(pthread_once_t* flag, void (*function)(void))
{
    call_once(flag, function);
    return 0;
}

#include "../threads/thrd_internal.h"

#include <pthread.h>

_Noreturn void pthread_exit(void* value)
{
    _thrd_self()->pthread_result = value;
    thrd_exit(0);
}

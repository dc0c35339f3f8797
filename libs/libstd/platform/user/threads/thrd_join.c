#include "thrd_internal.h"

#include <sys/proc.h>

int thrd_join(thrd_t thread, int* result)
{
    if (thread == _thrd_self())
    {
        return thrd_error; // it would wait for itself forever
    }
    while (__atomic_load_n(&thread->alive, __ATOMIC_ACQUIRE) != 0)
    {
        futex(&thread->alive, 1, FUTEX_WAIT, TIMEOUT_NEVER);
    }
    if (result != NULL)
    {
        *result = thread->result;
    }
    if (thread->mapping != NULL)
    {
        munmap(thread->mapping, thread->mapping_size); // the structure goes with it
    }
    _thrd_reap();
    return thrd_success;
}

#include <stdbool.h>
#include <sys/proc.h>
#include <threads.h>

#define ONCE_NEW 0
#define ONCE_RUNNING 1
#define ONCE_WAITED 2 // running, and someone sleeps until it is done
#define ONCE_DONE 3

void call_once(once_flag* flag, void (*function)(void))
{
    uint32_t seen = __atomic_load_n(&flag->_state, __ATOMIC_ACQUIRE);
    if (seen == ONCE_DONE)
    {
        return;
    }
    if (seen == ONCE_NEW &&
        __atomic_compare_exchange_n(&flag->_state, &seen, ONCE_RUNNING, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
    {
        function();
        if (__atomic_exchange_n(&flag->_state, ONCE_DONE, __ATOMIC_RELEASE) == ONCE_WAITED)
        {
            futex(&flag->_state, UINT32_MAX, FUTEX_WAKE, 0);
        }
        return;
    }
    // Someone else runs it: sleep until it is done.
    while (seen != ONCE_DONE)
    {
        if (seen == ONCE_RUNNING &&
            !__atomic_compare_exchange_n(&flag->_state, &seen, ONCE_WAITED, false, __ATOMIC_ACQUIRE,
                __ATOMIC_ACQUIRE))
        {
            continue; // it changed: look again
        }
        futex(&flag->_state, ONCE_WAITED, FUTEX_WAIT, TIMEOUT_NEVER);
        seen = __atomic_load_n(&flag->_state, __ATOMIC_ACQUIRE);
    }
}

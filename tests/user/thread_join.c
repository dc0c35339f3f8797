#include "thread_join.h"

#include <sys/proc.h>

#define POLL_NS 100000000ULL // wake now and then to check the time

_Noreturn void thread_join_signal(volatile uint32_t* done)
{
    futex(done, 1, FUTEX_EXIT, 0);
    thread_exit(); // FUTEX_EXIT failed (a bad address): end the thread anyway
}

bool thread_join_wait(volatile uint32_t* done, uint64_t timeout_ns)
{
    uint64_t deadline = uptime() + timeout_ns;
    while (__atomic_load_n(done, __ATOMIC_ACQUIRE) == 0)
    {
        if (uptime() > deadline)
        {
            return false;
        }
        futex(done, 0, FUTEX_WAIT, POLL_NS);
    }
    return true;
}

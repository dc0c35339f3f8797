#include <sys/proc.h>
#include <threads.h>

// A waiter reads the sequence, counts itself in _waiters, lets go of its
// mutex and sleeps while the sequence is still what it read. A signal
// changes the sequence first, so a waiter that has not gone to sleep yet
// will not (its futex wait fails at once). The wake system call is skipped
// when no waiter is counted: a waiter that counts itself after that check
// read the sequence before the change (or it is no waiter of this signal),
// so its wait fails at once too.
static int cnd_wake(cnd_t* condition, uint32_t count)
{
    __atomic_add_fetch(&condition->_sequence, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&condition->_waiters, __ATOMIC_SEQ_CST) != 0)
    {
        futex(&condition->_sequence, count, FUTEX_WAKE, 0);
    }
    return thrd_success;
}

int cnd_signal(cnd_t* condition)
{
    return cnd_wake(condition, 1);
}

int cnd_broadcast(cnd_t* condition)
{
    return cnd_wake(condition, UINT32_MAX);
}

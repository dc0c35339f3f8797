/* A small private lock for libstd's user platform, built on the futex
   system call until threads.h brings mtx_t. The word is 0 when free, 1
   when held, 2 when held and someone may be sleeping on it: unlock only
   makes the wake system call in that last case (the three-state design
   from Drepper's paper "Futexes Are Tricky"). */
#ifndef _LIBSTD_USER_FUTEX_LOCK_H
#define _LIBSTD_USER_FUTEX_LOCK_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/proc.h>

typedef volatile uint32_t _futex_lock_t;

#define _FUTEX_LOCK_INIT 0

static inline void _futex_lock(_futex_lock_t* lock)
{
    uint32_t seen = 0;
    if (__atomic_compare_exchange_n(lock, &seen, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    {
        return;
    }
    // Contended: mark it so (2) before sleeping, so the holder wakes us.
    if (seen != 2)
    {
        seen = __atomic_exchange_n(lock, 2, __ATOMIC_ACQUIRE);
    }
    while (seen != 0)
    {
        futex(lock, 2, FUTEX_WAIT, TIMEOUT_NEVER);
        seen = __atomic_exchange_n(lock, 2, __ATOMIC_ACQUIRE);
    }
}

static inline void _futex_unlock(_futex_lock_t* lock)
{
    if (__atomic_exchange_n(lock, 0, __ATOMIC_RELEASE) == 2)
    {
        futex(lock, 1, FUTEX_WAKE, 0);
    }
}

#endif

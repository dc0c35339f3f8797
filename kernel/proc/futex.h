// Futexes: user threads sleep on a word of their memory until another
// thread of the same process wakes them (libstd builds mutexes, condition
// variables and thread joins on these).
#ifndef KERNEL_PROC_FUTEX_H
#define KERNEL_PROC_FUTEX_H 1

#include <kernel/mem/space.h>

#include <stdint.h>

/**
 * Sleep while the user word at @p address (in @p space) holds @p value,
 * until woken, until @p deadline_ns (uptime; 0: none), or until the thread
 * is interrupted. 0 when woken, -EAGAIN if the value differs, -ETIMEDOUT,
 * -EINTR, -EFAULT, -EINVAL (misaligned).
 */
int futex_wait(space_t* space, uint64_t address, uint32_t value, uint64_t deadline_ns);

/** Wake up to @p count threads sleeping on @p address; how many woke. */
int futex_wake(space_t* space, uint64_t address, uint32_t count);

#endif

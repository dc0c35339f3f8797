/* Raw system-call entry for libstd's user-space platform (private).
   The ABI is documented in <sys/syscall.h>. */
#ifndef _LIBSTD_USER_SYSCALL_H
#define _LIBSTD_USER_SYSCALL_H 1

#include <errno.h>
#include <stdint.h>
#include <sys/syscall.h>

static inline long _syscall3(long number, long a, long b, long c)
{
    long result;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(number), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return result;
}

static inline long _syscall1(long number, long a)
{
    return _syscall3(number, a, 0, 0);
}

/* Turn a raw result into the C convention: -1 with errno set on failure. */
static inline long _syscall_result(long result)
{
    if (result < 0 && result >= -SYSCALL_ERRNO_MAX)
    {
        errno = (int)-result;
        return -1;
    }
    return result;
}

#endif

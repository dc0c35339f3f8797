/* Raw system-call entry for libstd's user-space platform (private).
   The ABI is documented in <sys/syscall.h>: number in rax, arguments in
   rdi, rsi, rdx, r10, r8, r9; rcx and r11 are clobbered. */
#ifndef _LIBSTD_USER_SYSCALL_H
#define _LIBSTD_USER_SYSCALL_H 1

#include <errno.h>
#include <stdint.h>
#include <sys/syscall.h>

/* Every call goes through _syscall6, by way of the wrappers generated from
   kernel/syscall/syscalls.list (_sys_write(fd, buffer, count) and so on,
   included at the end): unused arguments are zero, which costs a few
   register moves and keeps one copy of the assembly. The fourth to sixth
   arguments have no constraint letter of their own, so they are bound to
   r10, r8 and r9 with register variables. */
static inline long _syscall6(long number, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long result;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return result;
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

/* _sys_NAME(...) for every system call: the raw result, typed arguments. */
#include "syscalls/user_calls.h"

#endif

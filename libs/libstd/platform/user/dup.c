#include "syscall.h"

#include <sys/io.h>

fd_t dup(fd_t fd)
{
    return (fd_t)_syscall_result(_syscall1(SYS_DUP, fd));
}

fd_t dup2(fd_t fd, fd_t target)
{
    return (fd_t)_syscall_result(_syscall2(SYS_DUP2, fd, target));
}

#include "fcntl/fd_table.h"
#include "syscall.h"

#include <sys/io.h>

fd_t dup(fd_t fd)
{
    fd_t copy = (fd_t)_syscall_result(_sys_dup(fd));
    if (copy != -1)
    {
        _fd_copy(fd, copy);
    }
    return copy;
}

fd_t dup2(fd_t fd, fd_t target)
{
    fd_t copy = (fd_t)_syscall_result(_sys_dup2(fd, target));
    if (copy != -1 && copy != fd)
    {
        _fd_copy(fd, copy);
    }
    return copy;
}

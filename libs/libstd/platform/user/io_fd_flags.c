#include "syscall.h"

#include <sys/io.h>

int io_fd_flags(fd_t fd, int set, int clear)
{
    return (int)_syscall_result(_sys_fd_flags(fd, set, clear));
}

#include "syscall.h"

#include <sys/io.h>

int io_fd_flags(fd_t fd, int set, int clear)
{
    return (int)_syscall_result(_syscall3(SYS_FD_FLAGS, (long)fd, (long)set, (long)clear));
}

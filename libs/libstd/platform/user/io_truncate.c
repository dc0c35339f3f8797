#include "syscall.h"

#include <sys/io.h>

int io_truncate(fd_t fd, off_t length)
{
    return (int)_syscall_result(_sys_truncate(fd, length));
}

#include "syscall.h"

#include <sys/io.h>

int io_fstat(fd_t fd, stat_t* info)
{
    return (int)_syscall_result(_sys_fstat(fd, info));
}

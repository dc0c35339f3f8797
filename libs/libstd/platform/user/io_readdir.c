#include "syscall.h"

#include <sys/io.h>

ssize_t io_readdir(fd_t fd, stat_t* entries, size_t count)
{
    return _syscall_result(_sys_readdir(fd, entries, count));
}

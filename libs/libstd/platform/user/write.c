#include "syscall.h"

#include <sys/io.h>

ssize_t write(fd_t fd, const void* buffer, size_t count)
{
    return _syscall_result(_sys_write(fd, buffer, count));
}

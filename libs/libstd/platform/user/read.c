#include "syscall.h"

#include <sys/io.h>

ssize_t read(fd_t fd, void* buffer, size_t count)
{
    return _syscall_result(_sys_read(fd, buffer, count));
}

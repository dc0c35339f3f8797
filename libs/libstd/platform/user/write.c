#include "syscall.h"

#include <sys/io.h>

ssize_t write(fd_t fd, const void* buffer, size_t count)
{
    return _syscall_result(_syscall3(SYS_WRITE, fd, (long)buffer, (long)count));
}

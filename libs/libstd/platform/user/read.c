#include "syscall.h"

#include <sys/io.h>

ssize_t read(fd_t fd, void* buffer, size_t count)
{
    return _syscall_result(_syscall3(SYS_READ, fd, (long)buffer, (long)count));
}

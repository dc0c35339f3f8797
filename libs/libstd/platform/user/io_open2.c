#include "syscall.h"

#include <sys/io.h>

int io_open2(const char* path, fd_t fds[2])
{
    return (int)_syscall_result(_syscall2(SYS_OPEN2, (long)path, (long)fds));
}

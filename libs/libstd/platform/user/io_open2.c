#include "syscall.h"

#include <sys/io.h>

int io_open2(const char* path, fd_t fds[2])
{
    return (int)_syscall_result(_sys_open2(path, fds));
}

#include "syscall.h"

#include <sys/io.h>

fd_t io_open(const char* path)
{
    return (fd_t)_syscall_result(_sys_open(path));
}

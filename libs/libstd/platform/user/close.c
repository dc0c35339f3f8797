#include "syscall.h"

#include <sys/io.h>

int close(fd_t fd)
{
    return (int)_syscall_result(_syscall1(SYS_CLOSE, fd));
}

#include "syscall.h"

#include <sys/io.h>

int io_truncate(fd_t fd, off_t length)
{
    return (int)_syscall_result(_syscall2(SYS_TRUNCATE, (long)fd, (long)length));
}

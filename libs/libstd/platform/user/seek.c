#include "syscall.h"

#include <sys/io.h>

off_t seek(fd_t fd, off_t offset, int origin)
{
    return _syscall_result(_sys_seek(fd, offset, origin));
}

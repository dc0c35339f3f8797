#include "fcntl/fd_table.h"
#include "syscall.h"

#include <sys/io.h>

int close(fd_t fd)
{
    int result = (int)_syscall_result(_sys_close(fd));
    if (result == 0)
    {
        _fd_forget(fd); // the number may come back from a plain io_open()
    }
    return result;
}

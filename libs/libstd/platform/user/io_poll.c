#include "syscall.h"

#include <sys/io.h>

int io_poll(pollfd_t* fds, size_t count, uint64_t timeout_ns)
{
    return (int)_syscall_result(_sys_poll(fds, count, timeout_ns));
}

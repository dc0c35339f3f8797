#include "syscall.h"

#include <sys/proc.h>

void* mem_map(fd_t fd, void* address, size_t length, int protection)
{
    long result = _syscall_result(_sys_mmap(fd, address, length, protection));
    return result == -1 ? NULL : (void*)result;
}

int munmap(void* address, size_t length)
{
    return (int)_syscall_result(_sys_munmap(address, length));
}

int mprotect(void* address, size_t length, int protection)
{
    return (int)_syscall_result(_sys_mprotect(address, length, protection));
}

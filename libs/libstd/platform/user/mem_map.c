#include "syscall.h"

#include <sys/proc.h>

void* mem_map(fd_t fd, void* address, size_t length, int protection)
{
    long result = _syscall_result(_syscall4(SYS_MMAP, fd, (long)address, (long)length, protection));
    return result == -1 ? NULL : (void*)result;
}

int munmap(void* address, size_t length)
{
    return (int)_syscall_result(_syscall2(SYS_MUNMAP, (long)address, (long)length));
}

int mprotect(void* address, size_t length, int protection)
{
    return (int)_syscall_result(_syscall3(SYS_MPROTECT, (long)address, (long)length, protection));
}

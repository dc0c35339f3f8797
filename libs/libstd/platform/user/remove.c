#include "syscall.h"

#include <sys/io.h>

int remove(const char* path)
{
    return (int)_syscall_result(_syscall1(SYS_REMOVE, (long)path));
}

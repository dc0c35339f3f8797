#include "syscall.h"

#include <sys/io.h>

int mkdir(const char* path)
{
    return (int)_syscall_result(_syscall1(SYS_MKDIR, (long)path));
}

#include "syscall.h"

#include <sys/io.h>

int io_rename(const char* from, const char* to)
{
    return (int)_syscall_result(_sys_rename(from, to));
}

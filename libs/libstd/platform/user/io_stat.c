#include "syscall.h"

#include <sys/io.h>

int io_stat(const char* path, stat_t* info)
{
    return (int)_syscall_result(_sys_stat(path, info));
}

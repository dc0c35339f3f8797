#include "syscall.h"

#include <sys/io.h>

int io_mkdir(const char* path)
{
    return (int)_syscall_result(_sys_mkdir(path));
}

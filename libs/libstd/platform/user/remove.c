#include "syscall.h"

#include <sys/io.h>

int remove(const char* path)
{
    return (int)_syscall_result(_sys_remove(path));
}

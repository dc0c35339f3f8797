#include "syscall.h"

#include <sys/io.h>

int chdir(const char* path)
{
    return (int)_syscall_result(_sys_chdir(path));
}

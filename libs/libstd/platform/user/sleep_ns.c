#include "syscall.h"

#include <sys/proc.h>

int sleep_ns(uint64_t nanoseconds)
{
    return (int)_syscall_result(_sys_sleep(nanoseconds));
}

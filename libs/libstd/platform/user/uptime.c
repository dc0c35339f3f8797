#include "syscall.h"

#include <sys/proc.h>

uint64_t uptime(void)
{
    // Cannot fail, and nanoseconds since boot stay far below the error range.
    return (uint64_t)_sys_uptime();
}

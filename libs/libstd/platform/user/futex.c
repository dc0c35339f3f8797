#include "syscall.h"

#include <sys/proc.h>

int futex(volatile uint32_t* address, uint32_t value, int operation, uint64_t timeout_ns)
{
    return (int)_syscall_result(_sys_futex(address, value, operation, timeout_ns));
}

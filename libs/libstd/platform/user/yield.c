#include "syscall.h"

#include <sys/proc.h>

void yield(void)
{
    _sys_yield();
}

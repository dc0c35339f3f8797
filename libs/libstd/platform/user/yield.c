#include "syscall.h"

#include <sys/proc.h>

void yield(void)
{
    _syscall0(SYS_YIELD);
}

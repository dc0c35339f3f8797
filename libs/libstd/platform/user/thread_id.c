#include "syscall.h"

#include <sys/proc.h>

tid_t thread_id(void)
{
    return _sys_tid();
}

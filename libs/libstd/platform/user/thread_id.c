#include "syscall.h"

#include <sys/proc.h>

tid_t thread_id(void)
{
    return _syscall0(SYS_TID);
}

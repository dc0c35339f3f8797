#include "syscall.h"

#include <sys/proc.h>

_Noreturn void thread_exit(void)
{
    _syscall0(SYS_THREAD_EXIT);
    __builtin_unreachable();
}

#include "syscall.h"

#include <sys/proc.h>

_Noreturn void thread_exit(void)
{
    _sys_thread_exit();
}

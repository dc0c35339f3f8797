#include "syscall.h"

#include <sys/proc.h>

pid_t process_id(void)
{
    return _sys_pid();
}

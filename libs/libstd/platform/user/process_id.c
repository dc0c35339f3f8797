#include "syscall.h"

#include <sys/proc.h>

pid_t process_id(void)
{
    return _syscall0(SYS_PID);
}

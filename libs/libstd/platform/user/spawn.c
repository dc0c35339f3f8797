#include "syscall.h"

#include <sys/proc.h>

pid_t spawn(const char** argv, const spawn_fd_t* fds, const char* cwd, int priority)
{
    return _syscall_result(_syscall4(SYS_SPAWN, (long)argv, (long)fds, (long)cwd, priority));
}

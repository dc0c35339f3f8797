#include "syscall.h"

#include <sys/proc.h>

pid_t spawn_env(const char** argv, const char* const* envp, const spawn_fd_t* fds, const char* cwd, int priority)
{
    return _syscall_result(_sys_spawn(argv, fds, cwd, priority, envp));
}

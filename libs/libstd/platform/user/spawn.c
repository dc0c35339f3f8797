#include "syscall.h"

#include <stdlib.h>
#include <sys/proc.h>

pid_t spawn(const char** argv, const spawn_fd_t* fds, const char* cwd, int priority)
{
    // POSIX: a child inherits the environment as it is now.
    return spawn_env(argv, (const char* const*)environ, fds, cwd, priority);
}

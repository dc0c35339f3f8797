// waitpid(): one child through process_wait(); any child by looking at
// every child's status, again after a short sleep while none has exited
// (the kernel has no wait for "any child").
#include "wait_internal.h"

#include <errno.h>
#include <sys/proc.h>
#include <sys/wait.h>

#define ANY_CHILD_POLL_NS 5000000ULL // 5 ms

// Reap @p pid, which has exited or will; 0 or -1.
static int waitpid_reap(pid_t pid, int* status)
{
    int native = 0;
    if (process_wait(pid, &native) == -1)
    {
        return -1;
    }
    if (status != NULL)
    {
        *status = _wait_status(native);
    }
    return 0;
}

static pid_t waitpid_any(int* status, int options)
{
    for (;;)
    {
        pid_t found;
        if (_wait_find_exited(&found) == -1)
        {
            return -1;
        }
        if (found != 0)
        {
            return waitpid_reap(found, status) == -1 ? -1 : found;
        }
        if (options & WNOHANG)
        {
            return 0;
        }
        if (sleep_ns(ANY_CHILD_POLL_NS) == -1)
        {
            return -1; // EINTR: a note
        }
    }
}

pid_t waitpid(pid_t pid, int* status, int options)
{
    if ((options & ~(WNOHANG | WUNTRACED | WCONTINUED)) != 0)
    {
        errno = EINVAL;
        return -1;
    }
    if (pid < -1)
    {
        errno = ECHILD; // no process groups, so no such group
        return -1;
    }
    if (pid <= 0)
    {
        return waitpid_any(status, options);
    }
    bool exited = false;
    if (_wait_child_state(pid, &exited) == -1)
    {
        return -1;
    }
    if (!exited && (options & WNOHANG))
    {
        return 0;
    }
    return waitpid_reap(pid, status) == -1 ? -1 : pid;
}

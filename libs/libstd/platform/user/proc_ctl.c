#include "proc_ctl.h"

#include <errno.h>
#include <string.h>
#include <sys/io.h>

int _proc_ctl(pid_t pid, const char* command)
{
    fd_t ctl = io_openf("sys:/proc/%lld/ctl", (long long)pid);
    if (ctl == -1)
    {
        return -1;
    }
    ssize_t written = write(ctl, command, strlen(command));
    // The command's error is the one to report, not close's.
    int error = errno;
    close(ctl);
    errno = error;
    return written == -1 ? -1 : 0;
}

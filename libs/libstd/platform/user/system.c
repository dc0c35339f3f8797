// system(): the command runs in the shell, started with spawn (there is
// no fork), and the caller waits for it. The status is waitpid's form, as
// POSIX wants (C17 leaves it to the implementation).
#include "sys_wait/wait_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

#define SHELL_PATH "home:/bin/shell"

int system(const char* command)
{
    if (command == NULL)
    {
        stat_t info;
        return io_stat(SHELL_PATH, &info) == 0 && info.type == STAT_FILE;
    }
    const char* argv[] = {SHELL_PATH, "-c", command, NULL};
    pid_t pid = spawn(argv, NULL, NULL, PRIORITY_INHERIT);
    if (pid == -1)
    {
        return -1;
    }
    // A note (a signal handler, signal.h) interrupts the wait, not the
    // shell: wait again.
    int status;
    int result;
    while ((result = process_wait(pid, &status)) == -1 && errno == EINTR)
    {
    }
    return result == -1 ? -1 : _wait_status(status);
}

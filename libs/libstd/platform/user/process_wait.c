#include "proc_ctl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

// Room for the whole status file ("pid 12\nparent 1\nstate exited\n...").
#define STATUS_MAX 512

// The number on the "exit N" line of a status file's text; -1 if none.
static int status_exit_line(const char* text, int* status)
{
    for (const char* line = text; line != NULL; line = strchr(line, '\n'))
    {
        if (*line == '\n')
        {
            line++;
        }
        if (strncmp(line, "exit ", 5) == 0)
        {
            *status = (int)strtol(line + 5, NULL, 10);
            return 0;
        }
    }
    return -1;
}

// Read @p fd, just opened, to its end into @p text (null-terminated).
static int read_all(fd_t fd, char* text, size_t size)
{
    size_t length = 0;
    while (length < size - 1)
    {
        ssize_t got = read(fd, text + length, size - 1 - length);
        if (got == -1)
        {
            return -1;
        }
        if (got == 0)
        {
            break;
        }
        length += (size_t)got;
    }
    text[length] = '\0';
    return 0;
}

int process_wait(pid_t pid, int* status)
{
    // The status file is opened first: once the wait lets the process go,
    // its directory disappears, but a file already open stays readable.
    fd_t status_file = io_openf("sys:/proc/%lld/status", (long long)pid);
    if (status_file == -1)
    {
        return -1;
    }
    char text[STATUS_MAX];
    int result = _proc_ctl(pid, "wait");
    if (result == 0)
    {
        result = read_all(status_file, text, sizeof(text));
    }
    int exit_status = 0;
    if (result == 0 && status_exit_line(text, &exit_status) == -1)
    {
        errno = EIO; // exited, yet the kernel's status says nothing of how
        result = -1;
    }
    int error = errno;
    close(status_file);
    errno = error;
    if (result == 0 && status != NULL)
    {
        *status = exit_status;
    }
    return result;
}

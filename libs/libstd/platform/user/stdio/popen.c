// popen(): the shell, started with spawn like system(), with one end of a
// pipe as its standard input or output.
#include "file.h"

#include <errno.h>
#include <string.h>
#include <sys/proc.h>
#include <unistd.h>

#define SHELL_PATH "home:/bin/shell"

// Whether @p mode is "r" or "w", optionally followed by 'e'.
static bool popen_mode_valid(const char* mode)
{
    return mode != NULL && (mode[0] == 'r' || mode[0] == 'w') &&
           (mode[1] == '\0' || (mode[1] == 'e' && mode[2] == '\0'));
}

FILE* popen(const char* command, const char* mode)
{
    if (command == NULL || !popen_mode_valid(mode))
    {
        errno = EINVAL;
        return NULL;
    }
    bool reading = mode[0] == 'r';
    int ends[2];
    if (pipe(ends) == -1)
    {
        return NULL;
    }
    // The shell's end becomes its 1 (reading) or 0 (writing); ours stays.
    fd_t theirs = reading ? ends[1] : ends[0];
    fd_t ours = reading ? ends[0] : ends[1];
    spawn_fd_t fds[] = {
        {0, reading ? STDIN_FILENO : theirs},
        {1, reading ? theirs : STDOUT_FILENO},
        {2, STDERR_FILENO},
        SPAWN_FD_END,
    };
    const char* argv[] = {SHELL_PATH, "-c", command, NULL};
    pid_t child = spawn(argv, fds, NULL, PRIORITY_INHERIT);
    int error = errno;
    close(theirs);
    FILE* stream = child == -1 ? NULL : _file_new(ours, reading ? FILE_READ : FILE_WRITE);
    if (stream == NULL)
    {
        error = child == -1 ? error : errno;
        close(ours);
        if (child != -1)
        {
            process_wait(child, NULL); // our end is closed: it ends soon
        }
        errno = error;
        return NULL;
    }
    stream->child = child;
    return stream;
}

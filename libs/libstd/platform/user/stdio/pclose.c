#include "file.h"

#include <errno.h>
#include <sys/wait.h>

int pclose(FILE* stream)
{
    if (stream == NULL || stream->child == 0)
    {
        errno = EINVAL;
        return -1;
    }
    pid_t child = stream->child;
    fclose(stream); // the shell sees the end of its input, or its output goes nowhere
    int status;
    pid_t result;
    // A note interrupts the wait, not the shell: wait again (as system()).
    while ((result = waitpid(child, &status, 0)) == -1 && errno == EINTR)
    {
    }
    return result == -1 ? -1 : status;
}

// getcwd(): the kernel shows the working directory in sys:/proc/PID/cwd,
// one line.
#include "../proc_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <unistd.h>

char* getcwd(char* buffer, size_t size)
{
    if (buffer != NULL && size == 0)
    {
        errno = EINVAL;
        return NULL;
    }
    char cwd[MAX_PATH + 1];
    ssize_t length = _proc_file_read(process_id(), "cwd", cwd, sizeof(cwd));
    if (length == -1)
    {
        return NULL;
    }
    if (length > 0 && cwd[length - 1] == '\n')
    {
        cwd[--length] = '\0';
    }
    size_t needed = (size_t)length + 1;
    if (buffer == NULL)
    {
        size = size == 0 ? needed : size;
        if (size >= needed && (buffer = malloc(size)) == NULL)
        {
            return NULL; // malloc set ENOMEM
        }
    }
    if (size < needed)
    {
        errno = ERANGE;
        return NULL;
    }
    memcpy(buffer, cwd, needed);
    return buffer;
}

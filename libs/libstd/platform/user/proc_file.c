#include "proc_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

ssize_t _proc_file_read(pid_t pid, const char* name, char* text, size_t size)
{
    fd_t fd = io_openf("sys:/proc/%lld/%s", (long long)pid, name);
    if (fd == -1)
    {
        return -1;
    }
    size_t length = 0;
    ssize_t got = 0;
    while (length + 1 < size && (got = read(fd, text + length, size - 1 - length)) > 0)
    {
        length += (size_t)got;
    }
    int error = errno;
    close(fd);
    if (got == -1)
    {
        errno = error;
        return -1;
    }
    text[length] = '\0';
    return (ssize_t)length;
}

int _proc_status_field(const char* text, const char* key, long long* value)
{
    size_t key_length = strlen(key);
    for (const char* line = text; line != NULL && *line != '\0'; line = strchr(line, '\n'))
    {
        if (*line == '\n')
        {
            line++;
        }
        if (strncmp(line, key, key_length) == 0 && line[key_length] == ' ')
        {
            *value = strtoll(line + key_length + 1, NULL, 10);
            return 0;
        }
    }
    return -1;
}

#include "file_text.h"

#include <sys/io.h>

ssize_t file_text(const char* path, char* text, size_t size)
{
    fd_t fd = open(path);
    if (fd == -1)
    {
        return -1;
    }
    size_t length = 0;
    ssize_t got = 0;
    while (length < size - 1 && (got = read(fd, text + length, size - 1 - length)) > 0)
    {
        length += (size_t)got;
    }
    close(fd);
    text[length] = '\0';
    return got == -1 ? -1 : (ssize_t)length;
}

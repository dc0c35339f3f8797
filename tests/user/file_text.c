#include "file_text.h"

#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

ssize_t file_text(const char* path, char* text, size_t size)
{
    fd_t fd = io_open(path);
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

bool text_value(const char* text, const char* key, char* value, size_t size)
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
            const char* start = line + key_length + 1;
            size_t length = strcspn(start, "\n");
            if (length >= size)
            {
                length = size - 1;
            }
            memcpy(value, start, length);
            value[length] = '\0';
            return true;
        }
    }
    return false;
}

long long file_number(const char* path, const char* key)
{
    char text[1024], value[32];
    if (file_text(path, text, sizeof(text)) == -1 || !text_value(text, key, value, sizeof(value)))
    {
        return -1;
    }
    return strtoll(value, NULL, 10);
}

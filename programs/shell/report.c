// Messages to stderr. Formatted on the stack and written in one piece, so
// a message never interleaves with another process's output mid-line.
#include "shell.h"

#include <stdarg.h>
#include <stdio.h>
#include <sys/io.h>

void shell_error(const char* format, ...)
{
    char message[512];
    int length = snprintf(message, sizeof(message), "shell: ");
    va_list args;
    va_start(args, format);
    length += vsnprintf(message + length, sizeof(message) - (size_t)length - 1, format, args);
    va_end(args);
    if (length > (int)sizeof(message) - 2)
    {
        length = (int)sizeof(message) - 2;
    }
    message[length++] = '\n';
    write(STDERR_FILENO, message, (size_t)length);
}

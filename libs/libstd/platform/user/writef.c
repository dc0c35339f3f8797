#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/io.h>

// The text is formatted on the stack: there is no heap yet to fall back
// on, and writing it in pieces would let other writers' output cut into it.
#define WRITEF_MAX 1024

ssize_t vwritef(fd_t fd, const char* format, va_list args)
{
    char text[WRITEF_MAX];
    int length = vsnprintf(text, sizeof(text), format, args);
    if (length < 0 || (size_t)length >= sizeof(text))
    {
        // An encoding error, or text that does not fit (see sys/io.h).
        errno = EINVAL;
        return -1;
    }
    return write(fd, text, (size_t)length);
}

ssize_t writef(fd_t fd, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    ssize_t result = vwritef(fd, format, args);
    va_end(args);
    return result;
}

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/io.h>

fd_t io_openf(const char* format, ...)
{
    char path[MAX_PATH];
    va_list args;
    va_start(args, format);
    int length = vsnprintf(path, sizeof(path), format, args);
    va_end(args);
    if (length < 0)
    {
        errno = EINVAL; // an encoding error in the format's arguments
        return -1;
    }
    if ((size_t)length >= sizeof(path))
    {
        // Opening the cut path could open some other file.
        errno = ENAMETOOLONG;
        return -1;
    }
    return io_open(path);
}

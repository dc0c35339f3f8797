// fopen's mode strings, and the path flags (sys/io.h) each one needs: the
// system has no read-only or write-only opening, so what a mode allows is
// kept in the stream and checked there.
#include "file.h"

#include <errno.h>
#include <string.h>

bool _file_parse_mode(const char* mode, unsigned* flags, const char** path_flags, bool* exclusive)
{
    bool plus = false;
    *exclusive = false;
    switch (mode[0])
    {
    case 'r':
        *path_flags = "";
        break;
    case 'w':
        *path_flags = "create&trunc";
        break;
    case 'a':
        *path_flags = "create&append";
        break;
    default:
        errno = EINVAL;
        return false;
    }
    for (const char* c = mode + 1; *c != '\0'; c++)
    {
        if (*c == '+' && !plus)
        {
            plus = true;
        }
        else if (*c == 'x' && mode[0] == 'w' && !*exclusive)
        {
            *exclusive = true;
        }
        else if (*c != 'b')
        {
            errno = EINVAL;
            return false;
        }
    }
    if (plus)
    {
        *flags = FILE_READ | FILE_WRITE;
    }
    else
    {
        *flags = mode[0] == 'r' ? FILE_READ : FILE_WRITE;
    }
    if (mode[0] == 'a')
    {
        *flags |= FILE_APPEND;
    }
    return true;
}

fd_t _file_open_path(const char* path, const char* path_flags, bool exclusive)
{
    // "x": the kernel checks for the name and creates the file in one
    // step, so of several opens racing for a name exactly one gets it.
    if (exclusive)
    {
        path_flags = "create&excl";
    }
    if (path_flags[0] == '\0')
    {
        return io_open(path);
    }
    // The path may carry flags of its own ("x?nonblock"): join them.
    return io_openf("%s%c%s", path, strchr(path, '?') != NULL ? '&' : '?', path_flags);
}

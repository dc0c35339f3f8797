// open(): POSIX's flags become the native ones after a '?' in the path
// (sys/io.h); fcntl.h lists the differences.
#include "fd_table.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/io.h>

// Flags open() accepts; the ones without a native flag have no effect.
#define KNOWN_FLAGS                                                                                          \
    (O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NONBLOCK | O_SYNC | O_DSYNC | O_DIRECTORY | \
     O_NOFOLLOW | O_CLOEXEC)

static const struct
{
    int flag;
    const char* name;
} open_native_flags[] = {
    {O_CREAT, "create"}, {O_TRUNC, "trunc"}, {O_APPEND, "append"}, {O_NONBLOCK, "nonblock"}, {O_DIRECTORY, "dir"},
};

// Append @p text at *length in @p buffer (MAX_PATH bytes); false if it does not fit.
static bool open_append(char* buffer, size_t* length, const char* text)
{
    size_t add = strlen(text);
    if (*length + add >= MAX_PATH)
    {
        return false;
    }
    memcpy(buffer + *length, text, add + 1);
    *length += add;
    return true;
}

// Write @p path with the native flags for @p flags into @p buffer.
static int open_native_path(const char* path, int flags, char* buffer)
{
    size_t length = 0;
    bool fits = open_append(buffer, &length, path);
    const char* separator = "?";
    for (size_t i = 0; i < sizeof(open_native_flags) / sizeof(open_native_flags[0]); i++)
    {
        if (flags & open_native_flags[i].flag)
        {
            fits = fits && open_append(buffer, &length, separator) &&
                   open_append(buffer, &length, open_native_flags[i].name);
            separator = "&";
        }
    }
    // O_EXCL without O_CREAT means nothing (POSIX leaves it undefined).
    if ((flags & O_EXCL) && (flags & O_CREAT))
    {
        fits = fits && open_append(buffer, &length, "&excl");
    }
    if (!fits)
    {
        errno = ENAMETOOLONG;
        return -1;
    }
    return 0;
}

int open(const char* path, int flags, ...)
{
    // The mode argument (O_CREAT) is not read: there are no permissions.
    if (path == NULL)
    {
        errno = EFAULT;
        return -1;
    }
    if (strchr(path, '?') != NULL || (flags & ~KNOWN_FLAGS) != 0 || (flags & O_ACCMODE) == O_ACCMODE ||
        ((flags & O_CREAT) && (flags & O_DIRECTORY)))
    {
        errno = EINVAL;
        return -1;
    }
    char native[MAX_PATH];
    if (open_native_path(path, flags, native) == -1)
    {
        return -1;
    }
    fd_t fd = io_open(native);
    if (fd != -1)
    {
        _fd_record(fd, flags);
    }
    return fd;
}

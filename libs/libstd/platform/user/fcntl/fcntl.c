// fcntl(): descriptor flags from libstd's table (fd_table.h), status
// flags from the kernel (io_fd_flags), F_DUPFD by trying dup2 on free
// numbers.
#include "fd_table.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/io.h>

// The lowest free descriptor from @p start up, made a copy of @p fd.
static int fcntl_dupfd(fd_t fd, int start, bool cloexec)
{
    if (start < 0 || start >= MAX_FD)
    {
        errno = EINVAL;
        return -1;
    }
    for (fd_t candidate = start; candidate < MAX_FD; candidate++)
    {
        // A number the kernel does not know is free; dup2 would close an
        // open one, so those are skipped.
        if (_fd_check(candidate) == 0)
        {
            continue;
        }
        if (dup2(fd, candidate) == -1)
        {
            return -1;
        }
        _fd_set_cloexec(candidate, cloexec);
        return candidate;
    }
    errno = EMFILE;
    return -1;
}

// The access mode (ours) with the status flags (the kernel's).
static int fcntl_getfl(fd_t fd)
{
    int native = io_fd_flags(fd, 0, 0);
    if (native == -1)
    {
        return -1;
    }
    return _fd_access(fd) | ((native & IO_FLAG_APPEND) ? O_APPEND : 0) | ((native & IO_FLAG_NONBLOCK) ? O_NONBLOCK : 0);
}

// O_APPEND and O_NONBLOCK as @p flags says; POSIX ignores the other bits.
static int fcntl_setfl(fd_t fd, int flags)
{
    int set = ((flags & O_APPEND) ? IO_FLAG_APPEND : 0) | ((flags & O_NONBLOCK) ? IO_FLAG_NONBLOCK : 0);
    int clear = (IO_FLAG_APPEND | IO_FLAG_NONBLOCK) & ~set;
    return io_fd_flags(fd, set, clear) == -1 ? -1 : 0;
}

int fcntl(int fd, int command, ...)
{
    if (_fd_check(fd) == -1)
    {
        return -1;
    }
    va_list args;
    va_start(args, command);
    // Every command that takes an argument takes an int.
    int argument = (command == F_DUPFD || command == F_DUPFD_CLOEXEC || command == F_SETFD || command == F_SETFL)
                       ? va_arg(args, int)
                       : 0;
    va_end(args);
    switch (command)
    {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
        return fcntl_dupfd(fd, argument, command == F_DUPFD_CLOEXEC);
    case F_GETFD:
        return _fd_cloexec(fd) ? FD_CLOEXEC : 0;
    case F_SETFD:
        _fd_set_cloexec(fd, (argument & FD_CLOEXEC) != 0);
        return 0;
    case F_GETFL:
        return fcntl_getfl(fd);
    case F_SETFL:
        return fcntl_setfl(fd, argument);
    default:
        errno = EINVAL;
        return -1;
    }
}

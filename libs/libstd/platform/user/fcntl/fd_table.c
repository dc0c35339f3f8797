// The descriptor table of fd_table.h. Each entry is one int, written with
// one store, so threads that open and close at once see whole entries.
#include "fd_table.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/io.h>

// An entry is 0 for "not recorded", else RECORDED | access mode | CLOEXEC.
#define RECORDED 0x100
#define CLOEXEC 0x200

static volatile int fd_table[MAX_FD];

static bool fd_in_range(fd_t fd)
{
    return fd >= 0 && fd < MAX_FD;
}

void _fd_record(fd_t fd, int flags)
{
    if (fd_in_range(fd))
    {
        fd_table[fd] = RECORDED | (flags & O_ACCMODE) | ((flags & O_CLOEXEC) ? CLOEXEC : 0);
    }
}

int _fd_access(fd_t fd)
{
    int entry = fd_in_range(fd) ? fd_table[fd] : 0;
    return (entry & RECORDED) ? (entry & O_ACCMODE) : O_RDWR;
}

bool _fd_cloexec(fd_t fd)
{
    return fd_in_range(fd) && (fd_table[fd] & CLOEXEC);
}

void _fd_set_cloexec(fd_t fd, bool cloexec)
{
    if (fd_in_range(fd))
    {
        int entry = RECORDED | _fd_access(fd);
        fd_table[fd] = cloexec ? entry | CLOEXEC : entry;
    }
}

void _fd_copy(fd_t fd, fd_t copy)
{
    if (fd_in_range(copy))
    {
        fd_table[copy] = RECORDED | _fd_access(fd);
    }
}

void _fd_forget(fd_t fd)
{
    if (fd_in_range(fd))
    {
        fd_table[fd] = 0;
    }
}

int _fd_check(fd_t fd)
{
    // A poll that does not wait tells whether the kernel knows the fd.
    pollfd_t probe = {.fd = fd, .events = 0, .revents = 0};
    if (!fd_in_range(fd) || io_poll(&probe, 1, 0) == -1 || (probe.revents & POLL_INVALID))
    {
        errno = EBADF;
        return -1;
    }
    return 0;
}

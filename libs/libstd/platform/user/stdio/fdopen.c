#include "file.h"

#include <errno.h>

FILE* fdopen(int fd, const char* mode)
{
    unsigned flags;
    const char* path_flags;
    bool exclusive;
    if (!_file_parse_mode(mode, &flags, &path_flags, &exclusive))
    {
        return NULL;
    }
    // poll reports a descriptor that is not open without waiting.
    pollfd_t probe = {.fd = fd, .events = 0};
    if (fd < 0 || io_poll(&probe, 1, 0) == -1 || (probe.revents & POLL_INVALID))
    {
        errno = EBADF;
        return NULL;
    }
    // The descriptor's open flags cannot change, so "a" is done here.
    if (flags & FILE_APPEND)
    {
        flags |= FILE_APPEND_SEEK;
    }
    return _file_new(fd, flags);
}

#include <errno.h>
#include <string.h>
#include <sys/io.h>
#include <unistd.h>

int truncate(const char* path, off_t length)
{
    // As open(): a '?' would be read as native flags (fcntl.h).
    if (path != NULL && strchr(path, '?') != NULL)
    {
        errno = EINVAL;
        return -1;
    }
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return -1;
    }
    int result = io_truncate(fd, length);
    int error = errno;
    close(fd);
    errno = error;
    return result;
}

// poll(): the native pollfd_t has other field widths and bits, so the
// array is copied both ways.
#include <errno.h>
#include <poll.h>
#include <sys/io.h>

#define NS_PER_MS 1000000ULL

static uint16_t poll_to_native(short events)
{
    return ((events & (POLLIN | POLLRDNORM)) ? POLL_READ : 0) | ((events & (POLLOUT | POLLWRNORM)) ? POLL_WRITE : 0);
}

static short poll_from_native(uint16_t revents, short asked)
{
    short result = 0;
    if (revents & POLL_READ)
    {
        result |= asked & (POLLIN | POLLRDNORM);
    }
    if (revents & POLL_WRITE)
    {
        result |= asked & (POLLOUT | POLLWRNORM);
    }
    result |= (revents & POLL_ERROR) ? POLLERR : 0;
    result |= (revents & POLL_HANGUP) ? POLLHUP : 0;
    result |= (revents & POLL_INVALID) ? POLLNVAL : 0;
    return result;
}

int poll(struct pollfd* fds, nfds_t count, int timeout_ms)
{
    if (count > MAX_FD)
    {
        errno = EINVAL;
        return -1;
    }
    if (fds == NULL && count > 0)
    {
        errno = EFAULT;
        return -1;
    }
    // Skipped (negative) descriptors are left out of the native array.
    pollfd_t native[MAX_FD];
    size_t used = 0;
    for (nfds_t i = 0; i < count; i++)
    {
        fds[i].revents = 0;
        if (fds[i].fd >= 0)
        {
            native[used++] = (pollfd_t){.fd = fds[i].fd, .events = poll_to_native(fds[i].events), .revents = 0};
        }
    }
    uint64_t timeout = timeout_ms < 0 ? TIMEOUT_NEVER : (uint64_t)timeout_ms * NS_PER_MS;
    int ready = io_poll(native, used, timeout);
    if (ready == -1)
    {
        return -1;
    }
    size_t next = 0;
    for (nfds_t i = 0; i < count; i++)
    {
        if (fds[i].fd >= 0)
        {
            fds[i].revents = poll_from_native(native[next++].revents, fds[i].events);
        }
    }
    return ready;
}

/**
 * @file poll.h
 * @brief POSIX's poll, on the native io_poll().
 *
 * POLLIN, POLLOUT, POLLERR, POLLHUP and POLLNVAL are what the kernel
 * reports; POLLRDNORM and POLLWRNORM are the same as POLLIN and POLLOUT;
 * POLLPRI, POLLRDBAND and POLLWRBAND are never reported. A negative fd
 * is skipped (revents 0), as POSIX says. At most MAX_FD (sys/io.h)
 * descriptors per call (EINVAL beyond).
 */
#ifndef _POLL_H
#define _POLL_H 1

/** Events (Linux's numbers). */
#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200

/** A count of pollfd structures. */
typedef unsigned long nfds_t;

/** One descriptor to poll. */
struct pollfd
{
    int fd;        /**< the descriptor (negative: skipped) */
    short events;  /**< what to wait for */
    short revents; /**< set by poll(): what is true */
};

/**
 * Wait until one of the @p count descriptors in @p fds has one of its
 * events (POLLERR, POLLHUP and POLLNVAL always count), or @p timeout_ms
 * milliseconds pass (0: do not wait; negative: no limit). Returns how many
 * descriptors have a nonzero revents (0 on timeout), or -1: EINTR when a
 * note interrupts, EINVAL for more than MAX_FD, EFAULT.
 */
int poll(struct pollfd* fds, nfds_t count, int timeout_ms);

#endif

#include <errno.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <time.h>

#define NS_PER_SECOND 1000000000ULL

// sys:/time/realtime holds "SECONDS NANOSECONDS\n", taken as it is read.
static int realtime_read(struct timespec* ts)
{
    fd_t fd = io_open("sys:/time/realtime");
    if (fd == -1)
    {
        return -1;
    }
    char text[48];
    ssize_t length = read(fd, text, sizeof(text) - 1);
    int saved_errno = errno;
    close(fd);
    if (length <= 0)
    {
        errno = length == 0 ? EIO : saved_errno;
        return -1;
    }
    text[length] = '\0';
    char* end;
    long long seconds = strtoll(text, &end, 10);
    long long nanoseconds = strtoll(end, &end, 10);
    if (*end != '\n' || nanoseconds < 0 || nanoseconds >= (long long)NS_PER_SECOND)
    {
        errno = EIO;
        return -1;
    }
    ts->tv_sec = seconds;
    ts->tv_nsec = nanoseconds;
    return 0;
}

int clock_gettime(clockid_t clock, struct timespec* ts)
{
    switch (clock)
    {
    case CLOCK_REALTIME:
        return realtime_read(ts);
    case CLOCK_MONOTONIC:
    {
        uint64_t now = uptime();
        ts->tv_sec = (time_t)(now / NS_PER_SECOND);
        ts->tv_nsec = (long)(now % NS_PER_SECOND);
        return 0;
    }
    default:
        errno = EINVAL;
        return -1;
    }
}

#include <errno.h>
#include <sys/proc.h>
#include <time.h>

#define NS_PER_SECOND 1000000000ULL

int nanosleep(const struct timespec* request, struct timespec* remaining)
{
    if (request->tv_sec < 0 || request->tv_nsec < 0 || (unsigned long long)request->tv_nsec >= NS_PER_SECOND)
    {
        errno = EINVAL;
        return -1;
    }
    // Centuries of sleep saturate to "forever" rather than wrap.
    uint64_t ns = (uint64_t)request->tv_sec < (TIMEOUT_NEVER - NS_PER_SECOND) / NS_PER_SECOND
                      ? (uint64_t)request->tv_sec * NS_PER_SECOND + (uint64_t)request->tv_nsec
                      : TIMEOUT_NEVER;
    uint64_t start = uptime();
    if (sleep_ns(ns) == 0)
    {
        return 0;
    }
    // Cut short by a note handler (EINTR): say how much was left.
    if (remaining != NULL && ns != TIMEOUT_NEVER)
    {
        uint64_t slept = uptime() - start;
        uint64_t left = slept < ns ? ns - slept : 0;
        remaining->tv_sec = (time_t)(left / NS_PER_SECOND);
        remaining->tv_nsec = (long)(left % NS_PER_SECOND);
    }
    else if (remaining != NULL)
    {
        *remaining = *request;
    }
    return -1;
}

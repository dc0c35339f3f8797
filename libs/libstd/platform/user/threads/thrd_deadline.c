#include "thrd_internal.h"

#include <sys/proc.h>
#include <time.h>

#define NS_PER_SECOND 1000000000LL

bool _thrd_deadline(const struct timespec* deadline, uint64_t* monotonic)
{
    if (deadline->tv_nsec < 0 || deadline->tv_nsec >= NS_PER_SECOND)
    {
        return false;
    }
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) != 0)
    {
        return false;
    }
    // The wall clock is the monotonic one plus a constant (it is never
    // set), so the time left can be counted on the cheaper clock. Reading
    // the wall clock first errs on the late side.
    uint64_t base = uptime();
    if (deadline->tv_sec < now.tv_sec || (deadline->tv_sec == now.tv_sec && deadline->tv_nsec <= now.tv_nsec))
    {
        *monotonic = base; // already past
        return true;
    }
    uint64_t seconds = (uint64_t)deadline->tv_sec - (uint64_t)now.tv_sec;
    int64_t nanoseconds = deadline->tv_nsec - now.tv_nsec;
    if (seconds > (TIMEOUT_NEVER - 1 - base) / NS_PER_SECOND - 1)
    {
        *monotonic = TIMEOUT_NEVER - 1; // centuries away: as good as never
        return true;
    }
    *monotonic = base + seconds * NS_PER_SECOND + (uint64_t)nanoseconds;
    return true;
}

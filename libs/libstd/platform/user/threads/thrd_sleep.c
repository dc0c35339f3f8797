#include <errno.h>
#include <threads.h>

int thrd_sleep(const struct timespec* duration, struct timespec* remaining)
{
    if (nanosleep(duration, remaining) == 0)
    {
        return 0;
    }
    return errno == EINTR ? -1 : -2; // C17 7.26.5.7: -1 for an interruption
}

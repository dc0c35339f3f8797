#include <errno.h>
#include <sys/time.h>
#include <time.h>

int gettimeofday(struct timeval* restrict tv, void* restrict timezone)
{
    if (timezone != NULL)
    {
        errno = EINVAL;
        return -1;
    }
    if (tv == NULL)
    {
        errno = EFAULT;
        return -1;
    }
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) == -1)
    {
        return -1;
    }
    tv->tv_sec = now.tv_sec;
    tv->tv_usec = now.tv_nsec / 1000;
    return 0;
}

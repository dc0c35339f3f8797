#include <time.h>
#include <unistd.h>

unsigned int sleep(unsigned int seconds)
{
    struct timespec request = {.tv_sec = seconds, .tv_nsec = 0};
    struct timespec left = {0, 0};
    if (nanosleep(&request, &left) == 0)
    {
        return 0;
    }
    // Cut short: what is left, rounded up so a caller looping on it
    // never stops early.
    return (unsigned int)left.tv_sec + (left.tv_nsec > 0 ? 1 : 0);
}

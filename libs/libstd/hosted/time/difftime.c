#include <time.h>

double difftime(time_t time1, time_t time0)
{
    // The exact difference when it fits; else each side rounded first.
    time_t difference;
    if (!__builtin_sub_overflow(time1, time0, &difference))
    {
        return (double)difference;
    }
    return (double)time1 - (double)time0;
}

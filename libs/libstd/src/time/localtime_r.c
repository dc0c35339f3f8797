#include <time.h>

// No time zones: local time is UTC.
struct tm* localtime_r(const time_t* restrict timer, struct tm* restrict result)
{
    return gmtime_r(timer, result);
}

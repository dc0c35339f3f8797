#include "calendar.h"

#include <errno.h>
#include <time.h>

time_t mktime(struct tm* tm)
{
    // Every field may be out of its range: fold the months into years,
    // then count days and seconds in 64 bits, where no int can overflow
    // them; gmtime_r normalises the fields from the sum.
    int64_t year = (int64_t)tm->tm_year + 1900 + _time_floor_div(tm->tm_mon, 12);
    int month = (int)_time_floor_mod(tm->tm_mon, 12) + 1;
    int64_t days = _time_days_from_civil(year, month, 1) + (int64_t)tm->tm_mday - 1;
    time_t seconds = days * _TIME_SECONDS_PER_DAY + (int64_t)tm->tm_hour * 3600 + (int64_t)tm->tm_min * 60 +
                     tm->tm_sec;
    struct tm normal;
    if (gmtime_r(&seconds, &normal) == NULL)
    {
        errno = EOVERFLOW;
        return (time_t)-1;
    }
    *tm = normal;
    return seconds;
}

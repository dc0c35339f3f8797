#include "calendar.h"

#include <errno.h>
#include <limits.h>
#include <time.h>

struct tm* gmtime_r(const time_t* restrict timer, struct tm* restrict result)
{
    int64_t days = _time_floor_div(*timer, _TIME_SECONDS_PER_DAY);
    int seconds = (int)_time_floor_mod(*timer, _TIME_SECONDS_PER_DAY); // days * 86400 may not fit
    int64_t year;
    int month, day;
    _time_civil_from_days(days, &year, &month, &day);
    if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
    {
        errno = EOVERFLOW;
        return NULL;
    }
    result->tm_sec = seconds % 60;
    result->tm_min = seconds / 60 % 60;
    result->tm_hour = seconds / 3600;
    result->tm_mday = day;
    result->tm_mon = month - 1;
    result->tm_year = (int)(year - 1900);
    result->tm_wday = (int)_time_floor_mod(days + 4, 7); // 1970-01-01 was a Thursday
    result->tm_yday = (int)(days - _time_days_from_civil(year, 1, 1));
    result->tm_isdst = 0;
    return result;
}

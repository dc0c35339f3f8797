#include "calendar.h"

#include <errno.h>
#include <stdio.h>
#include <time.h>

char* _time_asctime_into(const struct tm* tm, char* buffer, int size)
{
    // C17 7.27.3.1 gives the format; a name out of range shows as "???"
    // rather than reading outside the tables.
    const char* weekday = tm->tm_wday >= 0 && tm->tm_wday < 7 ? _time_weekday_names[tm->tm_wday] : "???";
    const char* month = tm->tm_mon >= 0 && tm->tm_mon < 12 ? _time_month_names[tm->tm_mon] : "???";
    int length = snprintf(buffer, (size_t)size, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld\n", weekday, month, tm->tm_mday,
        tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
    if (length < 0 || length >= size)
    {
        errno = EOVERFLOW;
        return NULL;
    }
    return buffer;
}

/* Calendar arithmetic for time.h (private): the proleptic Gregorian
   calendar counted in days from 1970-01-01, and the names of days and
   months in the C locale. Pure integer code, shared with the kernel. */
#ifndef _LIBSTD_TIME_CALENDAR_H
#define _LIBSTD_TIME_CALENDAR_H 1

#include <stdbool.h>
#include <stdint.h>

#define _TIME_SECONDS_PER_DAY 86400

/* a / b and a mod b rounded towards minus infinity (b > 0). */
static inline int64_t _time_floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b < 0);
}

static inline int64_t _time_floor_mod(int64_t a, int64_t b)
{
    int64_t r = a % b;
    return r < 0 ? r + b : r;
}

static inline bool _time_is_leap(int64_t year)
{
    return _time_floor_mod(year, 4) == 0 && (_time_floor_mod(year, 100) != 0 || _time_floor_mod(year, 400) == 0);
}

static inline int _time_days_in_year(int64_t year)
{
    return _time_is_leap(year) ? 366 : 365;
}

/* Days from 1970-01-01 to @p year-@p month-@p day (month 1-12, day
   1-31; a day past the month's end simply counts on). */
int64_t _time_days_from_civil(int64_t year, int month, int day);

/* The date of day @p days since 1970-01-01: month 1-12, day 1-31. */
void _time_civil_from_days(int64_t days, int64_t* year, int* month, int* day);

/* "Sunday" ... "Saturday" and "January" ... "December"; the first three
   letters are the abbreviations. Hidden: position-independent code (the
   UEFI bootloader's) then reaches them directly, without a GOT. */
extern const char _time_weekday_names[7][10] __attribute__((visibility("hidden")));
extern const char _time_month_names[12][10] __attribute__((visibility("hidden")));

/* The ISO 8601 week-based year and week (1-53) of the day @p tm_yday
   (0-365) of @p year, a weekday @p tm_wday (0-6, Sunday 0). */
void _time_iso_week(int64_t year, int tm_yday, int tm_wday, int64_t* iso_year, int* iso_week);

/* asctime's text into @p buffer of @p size bytes; NULL (EOVERFLOW) when
   it does not fit. */
struct tm;
char* _time_asctime_into(const struct tm* tm, char* buffer, int size);

#endif

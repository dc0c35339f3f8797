#include "calendar.h"

#define DAYS_0000_03_01_TO_EPOCH 719468
#define DAYS_PER_400_YEARS 146097

// Days from March 1 to the first of each month (see days_from_civil.c).
static const int16_t days_before_month[12] = {0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337};

// Days in the first @p years (0-400) March-based years of a 400-year cycle
// that starts on March 1 of a year divisible by 400. March-based year i
// ends with the February of calendar year i + 1, so the leap days are
// those of calendar years 1 to @p years.
static int64_t days_before_year(int64_t years)
{
    return years * 365 + years / 4 - years / 100 + years / 400;
}

void _time_civil_from_days(int64_t days, int64_t* year, int* month, int* day)
{
    // The Gregorian calendar repeats every 400 years: find the cycle, then
    // the year in it, then the month.
    int64_t from_origin = days + DAYS_0000_03_01_TO_EPOCH;
    int64_t cycle = _time_floor_div(from_origin, DAYS_PER_400_YEARS);
    int64_t in_cycle = from_origin - cycle * DAYS_PER_400_YEARS;
    // 365 days a year overestimates the year by at most one.
    int64_t year_in_cycle = in_cycle / 365;
    if (year_in_cycle > 399)
    {
        year_in_cycle = 399;
    }
    while (days_before_year(year_in_cycle) > in_cycle)
    {
        year_in_cycle--;
    }
    int day_of_year = (int)(in_cycle - days_before_year(year_in_cycle));
    int index = 11;
    while (days_before_month[index] > day_of_year)
    {
        index--;
    }
    *day = day_of_year - days_before_month[index] + 1;
    *month = index < 10 ? index + 3 : index - 9;
    *year = cycle * 400 + year_in_cycle + (*month <= 2);
}

#include "calendar.h"

// Days from March 1 to the first of each month, in a year that starts in
// March: February comes last, so its leap day never moves another month.
static const int16_t days_before_month[12] = {0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337};

// Days from 0000-03-01 (of the March-based year 0) to 1970-01-01.
#define DAYS_0000_03_01_TO_EPOCH 719468

int64_t _time_days_from_civil(int64_t year, int month, int day)
{
    // January and February belong to the March-based year before.
    int index = month >= 3 ? month - 3 : month + 9;
    if (month < 3)
    {
        year--;
    }
    int64_t leap_days = _time_floor_div(year, 4) - _time_floor_div(year, 100) + _time_floor_div(year, 400);
    int64_t days = year * 365 + leap_days + days_before_month[index] + (day - 1);
    return days - DAYS_0000_03_01_TO_EPOCH;
}

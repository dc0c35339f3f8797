#include "calendar.h"

void _time_iso_week(int64_t year, int tm_yday, int tm_wday, int64_t* iso_year, int* iso_week)
{
    // An ISO week runs Monday to Sunday and belongs to the year that holds
    // its Thursday; week 1 is the one with the year's first Thursday. So
    // find this week's Thursday: its day of the year, over 7, is the week.
    int from_monday = (int)_time_floor_mod(tm_wday + 6, 7);
    int64_t thursday = (int64_t)tm_yday - from_monday + 3;
    if (thursday < 0)
    {
        year--;
        thursday += _time_days_in_year(year);
    }
    else if (thursday >= _time_days_in_year(year))
    {
        thursday -= _time_days_in_year(year);
        year++;
    }
    *iso_year = year;
    *iso_week = (int)(thursday / 7) + 1;
}

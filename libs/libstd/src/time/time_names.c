#include "calendar.h"

const char _time_weekday_names[7][10] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday"};

const char _time_month_names[12][10] = {"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"};

#include "../../../src/time/calendar.h"

#include <time.h>

// asctime and ctime share it, as C17 7.27.3 allows; large enough for any
// year an int holds.
static char text[64];

char* asctime(const struct tm* tm)
{
    return _time_asctime_into(tm, text, sizeof(text));
}

char* ctime(const time_t* timer)
{
    struct tm* tm = localtime(timer);
    return tm != NULL ? asctime(tm) : NULL;
}

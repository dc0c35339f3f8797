#include <time.h>

// Local time is UTC, so the two are one.
time_t timegm(struct tm* tm)
{
    return mktime(tm);
}

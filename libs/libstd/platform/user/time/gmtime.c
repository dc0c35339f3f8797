#include <time.h>

// gmtime and localtime share it, as C17 7.27.3 allows.
static struct tm broken_down;

struct tm* gmtime(const time_t* timer)
{
    return gmtime_r(timer, &broken_down);
}

struct tm* localtime(const time_t* timer)
{
    return gmtime_r(timer, &broken_down); // no time zones: local time is UTC
}

#include <time.h>

char* ctime_r(const time_t* timer, char* buffer)
{
    struct tm tm;
    return localtime_r(timer, &tm) != NULL ? asctime_r(&tm, buffer) : NULL;
}

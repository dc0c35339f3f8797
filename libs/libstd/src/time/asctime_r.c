#include "calendar.h"

#include <time.h>

// POSIX's buffer: 26 bytes, enough for every year from 1000 to 9999.
#define ASCTIME_R_SIZE 26

char* asctime_r(const struct tm* restrict tm, char* restrict buffer)
{
    return _time_asctime_into(tm, buffer, ASCTIME_R_SIZE);
}

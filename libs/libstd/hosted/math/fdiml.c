#include "errors.h"

#include <math.h>

long double fdiml(long double x, long double y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (x <= y)
    {
        return 0.0L;
    }
    long double difference = x - y;
    if (__builtin_isinf(difference) && !__builtin_isinf(x) && !__builtin_isinf(y))
    {
        errno = ERANGE;
    }
    return difference;
}

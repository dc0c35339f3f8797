#include "errors.h"

#include <math.h>

long double logbl(long double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (__builtin_isinf(x))
    {
        return __builtin_infl();
    }
    if (x == 0)
    {
        errno = ERANGE;
        return -__builtin_infl();
    }
    return (long double)ilogbl(x);
}

#include <math.h>

float nexttowardf(float x, long double y)
{
    if (__builtin_isnan(y))
    {
        return (float)y;
    }
    if ((long double)x == y)
    {
        return (float)y;
    }
    return nextafterf(x, (long double)x < y ? __builtin_inff() : -__builtin_inff());
}

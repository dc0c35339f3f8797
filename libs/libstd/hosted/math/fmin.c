#include <math.h>

double fmin(double x, double y)
{
    if (__builtin_isnan(x))
    {
        return y; // a NaN counts as missing data (C17 F.10.9.3)
    }
    if (__builtin_isnan(y))
    {
        return x;
    }
    if (x == y)
    {
        return __builtin_signbit(x) ? x : y; // -0 over +0
    }
    return x < y ? x : y;
}

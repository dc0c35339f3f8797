#include <math.h>

long double fminl(long double x, long double y)
{
    if (__builtin_isnan(x))
    {
        return y;
    }
    if (__builtin_isnan(y))
    {
        return x;
    }
    if (x == y)
    {
        return __builtin_signbit(x) ? x : y; // fminl(-0, +0) is -0
    }
    return x < y ? x : y;
}

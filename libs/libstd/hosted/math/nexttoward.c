#include <math.h>

// y only says which way: comparing x with it in long double is exact, and
// the step is nextafter's.
double nexttoward(double x, long double y)
{
    if (__builtin_isnan(y))
    {
        return (double)y;
    }
    if ((long double)x == y)
    {
        return (double)y;
    }
    return nextafter(x, (long double)x < y ? __builtin_inf() : -__builtin_inf());
}

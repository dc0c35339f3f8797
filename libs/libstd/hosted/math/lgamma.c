#include "errors.h"
#include "gamma_core.h"

#include <math.h>

double lgamma(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (__builtin_isinf(x))
    {
        return __builtin_inf();
    }
    if (x <= 0 && x == trunc(x))
    {
        return _range_error(__builtin_inf()); // a pole
    }
    if (x > 0x1p1000)
    {
        // x (log(x) - 1) overflows from about 2^1014.
        return _check_range(x * (log(x) - 1));
    }
    int sign;
    dd_t y = _lgamma_dd(x, &sign);
    return _check_range(y.hi + y.lo);
}

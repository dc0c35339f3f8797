#include "errors.h"
#include "kernels.h"

#include <math.h>

double log(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x == 0)
    {
        return _range_error(-HUGE_VAL); // a pole
    }
    if (x < 0)
    {
        return _domain_error();
    }
    if (__builtin_isinf(x))
    {
        return x;
    }
    dd_t result = _log_core(x);
    return result.hi + result.lo;
}

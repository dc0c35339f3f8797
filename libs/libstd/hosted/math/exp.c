#include "errors.h"
#include "kernels.h"

#include <math.h>

double exp(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x > 709.8) // e^709.8 > DBL_MAX
    {
        return __builtin_isinf(x) ? x : _range_error(HUGE_VAL);
    }
    if (x < -745.2) // e^-745.2 < 2^-1075, half the smallest subnormal
    {
        return __builtin_isinf(x) ? 0.0 : _range_error(0.0);
    }
    int n;
    dd_t y = _exp_core((dd_t){x, 0.0}, &n);
    return _check_range(_scale(y, n));
}

// sinh(x): a polynomial up to |x| = 1, (e^x - e^-x) / 2 up to 22, then
// e^x / 2 alone (e^-x is below 2^-63 of it).
#include "bits.h"
#include "errors.h"
#include "hyperbolic.h"
#include "kernels.h"

#include <math.h>

double sinh(double x)
{
    if (!__builtin_isfinite(x))
    {
        return x + x; // +-inf, or a quiet NaN
    }
    double ax = _abs(x);
    if (ax < 0x1p-26)
    {
        return x; // x^3/6 is below half an ulp; keeps the sign of zeros
    }
    double result;
    if (ax <= 1)
    {
        dd_t s = _sinh_small(ax);
        result = s.hi + s.lo;
    }
    else if (ax <= 22)
    {
        dd_t positive, negative;
        _exp_pair(ax, &positive, &negative);
        dd_t difference = _dd_add(positive, (dd_t){-negative.hi, -negative.lo});
        result = 0.5 * (difference.hi + difference.lo);
    }
    else if (ax < 711) // sinh overflows from about 710.476
    {
        int n;
        dd_t y = _exp_core((dd_t){ax, 0.0}, &n);
        result = _check_range(_scale(y, n - 1));
    }
    else
    {
        result = _range_error(HUGE_VAL);
    }
    return _with_sign(result, x);
}

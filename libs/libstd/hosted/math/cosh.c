// cosh(x) = (e^x + e^-x) / 2, which never cancels; beyond |x| = 22, e^x / 2.
#include "bits.h"
#include "errors.h"
#include "hyperbolic.h"
#include "kernels.h"

#include <math.h>

double cosh(double x)
{
    if (!__builtin_isfinite(x))
    {
        return x * x; // +inf for either infinity, or a quiet NaN
    }
    double ax = _abs(x);
    if (ax < 0x1p-27)
    {
        return 1.0; // x^2/2 is below half an ulp of 1
    }
    if (ax <= 22)
    {
        dd_t positive, negative;
        _exp_pair(ax, &positive, &negative);
        dd_t sum = _dd_add(positive, negative);
        return 0.5 * (sum.hi + sum.lo);
    }
    if (ax < 711) // cosh overflows from about 710.476
    {
        int n;
        dd_t y = _exp_core((dd_t){ax, 0.0}, &n);
        return _check_range(_scale(y, n - 1));
    }
    return _range_error(HUGE_VAL);
}

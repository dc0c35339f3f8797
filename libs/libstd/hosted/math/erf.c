#include "bits.h"
#include "erf_core.h"
#include "kernels.h"

#include <math.h>

double erf(double x)
{
    if (__builtin_isnan(x) || x == 0)
    {
        return x + x; // erf(+-0) is +-0
    }
    double a = _abs(x);
    if (a >= 6)
    {
        return _with_sign(1.0, x); // 1 - erfc(6) rounds to 1
    }
    if (a < ERF_SPLIT)
    {
        dd_t y = _erf_series(x);
        return y.hi + y.lo;
    }
    int exponent;
    dd_t tail = _erfc_fraction(a, &exponent);
    double scale = ldexp(1.0, exponent);
    dd_t y = _dd_add((dd_t){1.0, 0.0}, (dd_t){-tail.hi * scale, -tail.lo * scale});
    return _with_sign(y.hi + y.lo, x);
}

#include "errors.h"
#include "erf_core.h"
#include "kernels.h"

#include <math.h>

double erfc(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x <= -6)
    {
        return 2.0; // 2 - erfc(6) rounds to 2
    }
    if (x <= -ERF_SPLIT)
    {
        // 1 + erf(|x|) = 2 - erfc(|x|), from the continued fraction.
        int exponent;
        dd_t tail = _erfc_fraction(-x, &exponent);
        double scale = ldexp(1.0, exponent);
        dd_t y = _dd_add((dd_t){2.0, 0.0}, (dd_t){-tail.hi * scale, -tail.lo * scale});
        return y.hi + y.lo;
    }
    if (x < ERF_SPLIT)
    {
        dd_t e = _erf_series(x);
        dd_t y = _dd_add((dd_t){1.0, 0.0}, (dd_t){-e.hi, -e.lo});
        return y.hi + y.lo;
    }
    if (x > 27.3)
    {
        return __builtin_isinf(x) ? 0.0 : _range_error(0.0); // below 2^-1075
    }
    int exponent;
    dd_t y = _erfc_fraction(x, &exponent);
    return _check_range(_scale(y, exponent));
}

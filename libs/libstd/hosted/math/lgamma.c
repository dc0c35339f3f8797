#include "errors.h"
#include "gamma_core.h"
#include "kernels.h"

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
    if (x > 0x1p900)
    {
        // x (log(x) - 1): the rest of Stirling's series is below 2^-890
        // of it. In double-double, on x 2^-100 so the products stay in
        // range; it overflows from about 2^1014.
        dd_t l = _dd_add(_log_core(x), (dd_t){-1.0, 0.0});
        dd_t y = _dd_mul_d(l, x * 0x1p-100);
        return _check_range((y.hi + y.lo) * 0x1p100);
    }
    int sign;
    dd_t y = _lgamma_dd(x, &sign);
    return _check_range(y.hi + y.lo);
}

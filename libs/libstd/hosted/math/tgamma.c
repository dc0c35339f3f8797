#include "errors.h"
#include "gamma_core.h"
#include "kernels.h"

#include <math.h>
#include <stdbool.h>

double tgamma(double x)
{
    if (__builtin_isnan(x) || x == __builtin_inf())
    {
        return x + x;
    }
    if (x == 0)
    {
        return _range_error(1 / x); // a pole: +-inf with x's sign
    }
    if (x < 0 && (__builtin_isinf(x) || x == trunc(x)))
    {
        return _domain_error();
    }
    if (x > 171.7)
    {
        return _range_error(HUGE_VAL);
    }
    if (x < -190)
    {
        // |Gamma(x)| < 2^-1100: a zero with Gamma's sign, which is
        // negative where floor(x) is odd.
        bool odd = fmod(floor(x), 2) != 0;
        return _range_error(odd ? -0.0 : 0.0);
    }
    int sign;
    dd_t l = _lgamma_dd(x, &sign);
    int n;
    dd_t y = _exp_core(l, &n);
    double result = _check_range(_scale(y, n));
    return sign < 0 ? -result : result;
}

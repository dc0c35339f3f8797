// atanh(x) = log1p(2x / (1 - x)) / 2, the quotient in double-double.
#include "bits.h"
#include "errors.h"
#include "log1p_core.h"

#include <math.h>

double atanh(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    double a = _abs(x);
    if (a >= 1)
    {
        return a == 1 ? _range_error(_with_sign(__builtin_inf(), x)) : _domain_error();
    }
    if (a < 0x1p-28)
    {
        return x; // x + x^3/3: the correction is below half an ulp
    }
    dd_t one_minus = _dd_sum(1.0, -a);
    dd_t quotient = _dd_div((dd_t){2 * a, 0.0}, one_minus);
    dd_t y = _log1p_dd(quotient);
    return _with_sign(0.5 * (y.hi + y.lo), x);
}

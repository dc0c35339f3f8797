// acosh(x) = log(x + sqrt(x^2 - 1)), in double-double where the terms
// cancel: near 1 as log1p(t + sqrt(2t + t^2)) with t = x - 1 (exact), in
// between as the log of a double-double, and above 2^28 as log(2x)
// (the rest, -1/(4x^2), is below 2^-58).
#include "errors.h"
#include "log1p_core.h"

#include <math.h>

// sqrt(a) for a double-double a > 0: the root of the high part, corrected
// by the exact residual.
static dd_t dd_sqrt(dd_t a)
{
    double root = sqrt(a.hi);
    dd_t square = _dd_product(root, root);
    double residual = (a.hi - square.hi) - square.lo + a.lo;
    return _dd_fast_sum(root, residual / (2 * root));
}

double acosh(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x < 1)
    {
        return _domain_error();
    }
    if (x > 0x1p28)
    {
        if (__builtin_isinf(x))
        {
            return x;
        }
        dd_t y = _dd_add(_log_dd((dd_t){x, 0.0}), LN2_DD);
        return y.hi + y.lo;
    }
    if (x < 2)
    {
        double t = x - 1;
        if (t == 0)
        {
            return 0.0;
        }
        dd_t inner = _dd_add(_dd_product(t, t), (dd_t){2 * t, 0.0}); // 2t + t^2
        dd_t a = _dd_add((dd_t){t, 0.0}, dd_sqrt(inner));
        dd_t y = _log1p_dd(a);
        return y.hi + y.lo;
    }
    dd_t inner = _dd_add(_dd_product(x, x), (dd_t){-1.0, 0.0}); // x^2 - 1
    dd_t a = _dd_add((dd_t){x, 0.0}, dd_sqrt(inner));
    dd_t y = _log_dd(a);
    return y.hi + y.lo;
}

// asinh(x) = log1p(|x| + x^2 / (1 + sqrt(1 + x^2))) with x's sign, in
// double-double, which keeps the relative accuracy near 0; above 2^28
// log(2|x|) (the rest, 1/(4x^2), is below 2^-58).
#include "bits.h"
#include "errors.h"
#include "log1p_core.h"

#include <math.h>

double asinh(double x)
{
    if (!__builtin_isfinite(x) || x == 0)
    {
        return x + x;
    }
    double a = _abs(x);
    dd_t y;
    if (a > 0x1p28)
    {
        y = _dd_add(_log_dd((dd_t){a, 0.0}), LN2_DD);
    }
    else if (a < 0x1p-28)
    {
        return x; // x - x^3/6: the correction is below half an ulp
    }
    else
    {
        dd_t square = _dd_product(a, a);
        dd_t one_plus = _dd_add((dd_t){1.0, 0.0}, square);
        double root = sqrt(one_plus.hi);
        dd_t root_square = _dd_product(root, root);
        double root_lo = ((one_plus.hi - root_square.hi) - root_square.lo + one_plus.lo) / (2 * root);
        dd_t denominator = _dd_add((dd_t){1.0, 0.0}, (dd_t){root, root_lo});
        dd_t fraction = _dd_div(square, denominator);
        y = _log1p_dd(_dd_add((dd_t){a, 0.0}, fraction));
    }
    return _with_sign(y.hi + y.lo, x);
}

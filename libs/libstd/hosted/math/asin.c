// asin(x) = atan(x / sqrt(1 - x^2)), or pi/2 - atan(sqrt(1 - x^2) / |x|)
// above |x| = 1/2, so that no quotient is large and nothing cancels.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

static const dd_t PI_2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};

double asin(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    double ax = _abs(x);
    if (ax > 1)
    {
        return _domain_error();
    }
    if (ax < 0x1p-26)
    {
        return x; // x^3/6 is below half an ulp; keeps the sign of zeros
    }
    if (ax == 1)
    {
        return _with_sign(PI_2.hi, x);
    }
    dd_t root = _sqrt_one_minus_square(ax);
    dd_t result;
    if (ax <= 0.5)
    {
        result = _atan_core(_dd_div((dd_t){ax, 0.0}, root));
    }
    else
    {
        dd_t angle = _atan_core(_dd_div(root, (dd_t){ax, 0.0}));
        result = _dd_add(PI_2, (dd_t){-angle.hi, -angle.lo});
    }
    return _with_sign(result.hi + result.lo, x);
}

// tan(x) = sin(r) / cos(r), or -cos(r) / sin(r) in the odd quadrants, with
// the division done in double-double so that only the final rounding is
// large.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

double tan(double x)
{
    if (!__builtin_isfinite(x))
    {
        return __builtin_isnan(x) ? x + x : _domain_error();
    }
    if (_abs(x) < 0x1p-27)
    {
        return x; // x^3/3 is below half an ulp; keeps the sign of zeros
    }
    dd_t r;
    int quadrant = _trig_reduce(x, &r);
    dd_t sine = _sin_kernel(r);
    dd_t cosine = _cos_kernel(r);
    dd_t result;
    if (quadrant & 1)
    {
        result = _dd_div(cosine, sine);
        result.hi = -result.hi, result.lo = -result.lo;
    }
    else
    {
        result = _dd_div(sine, cosine);
    }
    return result.hi + result.lo;
}

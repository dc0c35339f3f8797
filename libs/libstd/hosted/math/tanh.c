// tanh(x): sinh(x) / cosh(x) from their polynomials up to |x| = 1, then
// 1 - 2 / (e^2x + 1), and +-1 beyond 22 (where 1 - tanh(x) < 2^-63).
#include "bits.h"
#include "hyperbolic.h"
#include "kernels.h"

#include <math.h>

double tanh(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    double ax = _abs(x);
    if (ax < 0x1p-27)
    {
        return x; // x^3/3 is below half an ulp; keeps the sign of zeros
    }
    double result;
    if (ax <= 1)
    {
        dd_t quotient = _dd_div(_sinh_small(ax), _cosh_small(ax));
        result = quotient.hi + quotient.lo;
    }
    else if (ax <= 22)
    {
        int n;
        dd_t y = _exp_core((dd_t){2.0 * ax, 0.0}, &n); // e^2x = 2^n y, n <= 64
        double scale = _power_of_two(n);
        dd_t denominator = _dd_add((dd_t){y.hi * scale, y.lo * scale}, (dd_t){1.0, 0.0});
        dd_t fraction = _dd_div((dd_t){2.0, 0.0}, denominator);
        dd_t difference = _dd_add((dd_t){1.0, 0.0}, (dd_t){-fraction.hi, -fraction.lo});
        result = difference.hi + difference.lo;
    }
    else
    {
        result = 1.0; // also for infinities
    }
    return _with_sign(result, x);
}

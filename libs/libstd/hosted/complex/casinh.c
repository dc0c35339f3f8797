// asinh z = log(z + sqrt(z^2 + 1)), computed for Re z >= 0 (no
// cancellation in the sum) and mirrored: asinh is odd. For a small z the
// sum is 1 + u with u small, and rounding 1 + z^2 or 1 + u would cost
// the result (about z) its low bits: there u = z + z^2 / (1 + sqrt(1 +
// z^2)) is formed without adding 1, and log(1 + u) through log1p.
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

#define SMALL 0.5

// log(1 + u) without forming 1 + u's real part first.
static double _Complex log1p_complex(double _Complex u)
{
    double x = creal(u), y = cimag(u);
    return CMPLX(0.5 * log1p(x * (2 + x) + y * y), atan2(y, 1 + x));
}

double _Complex casinh(double _Complex z)
{
    if (signbit(creal(z)))
    {
        return -casinh(-z);
    }
    if (fabs(creal(z)) < SMALL && fabs(cimag(z)) < SMALL)
    {
        double _Complex square = _complex_mul(z, z);
        double _Complex u = z + _complex_div(square, csqrt(square + 1) + 1);
        return log1p_complex(u);
    }
    return clog(z + csqrt(_complex_mul(z, z) + 1));
}

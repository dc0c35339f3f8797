#include <complex.h>
#include <math.h>

// e^x (cos y + i sin y); Annex G.6.3.1's cases for infinite and NaN parts.
double _Complex cexp(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (y == 0)
    {
        return CMPLX(exp(x), y); // real: keeps y's sign, also for a NaN x (G.6.3.1)
    }
    if (isinf(x) && !isfinite(y))
    {
        // e^-inf with any y is 0; e^+inf with an infinite or NaN y is (+-inf, NaN).
        return x < 0 ? CMPLX(0.0, copysign(0.0, y)) : CMPLX(x, y - y);
    }
    double scale = exp(x);
    if (isinf(scale) && isfinite(x))
    {
        // e^x overflows, but e^x cos(y) may not: halve the exponent.
        double half = exp(x / 2);
        return CMPLX(half * cos(y) * half, half * sin(y) * half);
    }
    return CMPLX(scale * cos(y), scale * sin(y));
}

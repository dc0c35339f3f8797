#include <complex.h>
#include <math.h>

// cosh x cos y + i sinh x sin y.
double _Complex ccosh(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (y == 0 && !isnan(x))
    {
        return CMPLX(cosh(x), copysign(0.0, x) * y);
    }
    return CMPLX(cosh(x) * cos(y), sinh(x) * sin(y));
}

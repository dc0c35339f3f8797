#include <complex.h>
#include <math.h>

// sinh x cos y + i cosh x sin y.
double _Complex csinh(double _Complex z)
{
    double x = creal(z), y = cimag(z);
    if (y == 0 && !isnan(x))
    {
        return CMPLX(sinh(x), y);
    }
    return CMPLX(sinh(x) * cos(y), cosh(x) * sin(y));
}

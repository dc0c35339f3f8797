// asin z = -i asinh(iz).
#include <complex.h>
#include <math.h>

double _Complex casin(double _Complex z)
{
    double _Complex w = casinh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(w), -creal(w));
}

// atan z = -i atanh(iz).
#include <complex.h>
#include <math.h>

double _Complex catan(double _Complex z)
{
    double _Complex w = catanh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(w), -creal(w));
}

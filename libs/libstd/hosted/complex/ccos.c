// cos z = cosh(iz).
#include <complex.h>
#include <math.h>

double _Complex ccos(double _Complex z)
{
    return ccosh(CMPLX(-cimag(z), creal(z)));
}

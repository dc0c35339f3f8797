// sin z = -i sinh(iz).
#include <complex.h>
#include <math.h>

double _Complex csin(double _Complex z)
{
    double _Complex w = csinh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(w), -creal(w));
}

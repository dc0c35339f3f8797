// tan z = -i tanh(iz).
#include <complex.h>
#include <math.h>

double _Complex ctan(double _Complex z)
{
    double _Complex w = ctanh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(w), -creal(w));
}

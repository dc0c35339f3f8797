#include <complex.h>
#include <math.h>

double _Complex conj(double _Complex z)
{
    return CMPLX(creal(z), -cimag(z));
}

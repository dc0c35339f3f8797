#include <complex.h>
#include <math.h>

double cimag(double _Complex z)
{
    return __imag__ z;
}

// acos z = pi/2 - asin z.
#include <complex.h>
#include <math.h>

double _Complex cacos(double _Complex z)
{
    double _Complex w = casin(z);
    return CMPLX(M_PI_2 - creal(w), -cimag(w));
}

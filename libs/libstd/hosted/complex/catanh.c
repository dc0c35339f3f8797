// atanh z = (log(1 + z) - log(1 - z)) / 2.
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

double _Complex catanh(double _Complex z)
{
    double _Complex d = clog(1 + z) - clog(1 - z);
    return CMPLX(creal(d) / 2, cimag(d) / 2);
}

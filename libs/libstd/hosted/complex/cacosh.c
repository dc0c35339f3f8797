// acosh z = log(z + sqrt(z + 1) sqrt(z - 1)), which has the principal
// branch cut (Kahan).
#include "complex_ops.h"

#include <complex.h>
#include <math.h>

double _Complex cacosh(double _Complex z)
{
    return clog(z + _complex_mul(csqrt(z + 1), csqrt(z - 1)));
}

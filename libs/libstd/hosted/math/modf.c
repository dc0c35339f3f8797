#include "truncate.h"

#include <math.h>

double modf(double x, double* iptr)
{
    double integral = _truncate(x);
    *iptr = integral;
    if (__builtin_isinf(x))
    {
        return _with_sign(0.0, x);
    }
    // x - integral is exact; the sign keeps -0 for negative integers.
    return _with_sign(x - integral, x);
}

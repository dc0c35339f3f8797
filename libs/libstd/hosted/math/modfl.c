#include "long_double.h"

#include <math.h>

long double modfl(long double x, long double* iptr)
{
    *iptr = truncl(x);
    if (__builtin_isinf(x))
    {
        return _ld_with_sign(0.0L, x);
    }
    return _ld_with_sign(x - *iptr, x); // exact; NaN stays NaN
}

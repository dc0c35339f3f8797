#include "errors.h"

#include <limits.h>
#include <math.h>

int ilogbl(long double x)
{
    if (x == 0 || __builtin_isnan(x))
    {
        errno = EDOM;
        return x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
    }
    if (__builtin_isinf(x))
    {
        errno = EDOM;
        return INT_MAX;
    }
    int exponent;
    frexpl(x, &exponent);
    return exponent - 1;
}

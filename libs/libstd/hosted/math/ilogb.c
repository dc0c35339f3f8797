#include "bits.h"
#include "errors.h"

#include <limits.h>
#include <math.h>

// C17 7.12.6.5: a domain error for 0, infinities and NaNs.
int ilogb(double x)
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
    return _exponent_of(x);
}

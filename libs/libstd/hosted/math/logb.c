#include "bits.h"
#include "errors.h"

#include <math.h>

double logb(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (__builtin_isinf(x))
    {
        return __builtin_inf();
    }
    if (x == 0)
    {
        return _range_error(-__builtin_inf()); // a pole error
    }
    return (double)_exponent_of(x);
}

#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

double cos(double x)
{
    if (!__builtin_isfinite(x))
    {
        return __builtin_isnan(x) ? x + x : _domain_error();
    }
    if (_abs(x) < 0x1p-27)
    {
        return 1.0; // x^2/2 is below half an ulp of 1
    }
    dd_t r;
    dd_t result;
    switch (_trig_reduce(x, &r))
    {
    case 0:
        result = _cos_kernel(r);
        break;
    case 1:
        result = _sin_kernel(r);
        result.hi = -result.hi, result.lo = -result.lo;
        break;
    case 2:
        result = _cos_kernel(r);
        result.hi = -result.hi, result.lo = -result.lo;
        break;
    default:
        result = _sin_kernel(r);
        break;
    }
    return result.hi + result.lo;
}

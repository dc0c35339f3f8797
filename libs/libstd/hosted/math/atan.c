#include "bits.h"
#include "kernels.h"

#include <math.h>

double atan(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    double ax = _abs(x);
    if (ax < 0x1p-27)
    {
        return x; // x^3/3 is below half an ulp; keeps the sign of zeros
    }
    dd_t result = _atan_core((dd_t){ax, 0.0}); // an infinity gives pi/2
    return _with_sign(result.hi + result.lo, x);
}

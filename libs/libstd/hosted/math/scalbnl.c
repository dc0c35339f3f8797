#include "errors.h"

#include <math.h>

// fscale: x 2^n rounded once (at the x87's 64-bit precision); n is
// clamped where every finite non-zero x overflows or underflows anyway.
long double scalbnl(long double x, int n)
{
    if (x == 0 || !__builtin_isfinite(x))
    {
        return x + x;
    }
    long double scale = n > 40000 ? 40000 : n < -40000 ? -40000 : n;
    long double result;
    __asm__("fscale" : "=t"(result) : "0"(x), "u"(scale));
    if (result == 0 || __builtin_isinf(result))
    {
        errno = ERANGE;
    }
    return result;
}

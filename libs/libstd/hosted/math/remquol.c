#include "errors.h"

#include <math.h>

// fprem1 is IEEE's remainder, exact, in steps (C2 set: not done); the
// last step leaves the quotient's low three bits in C0, C3 and C1.
long double remquol(long double x, long double y, int* quotient)
{
    *quotient = 0;
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (__builtin_isinf(x) || y == 0)
    {
        errno = EDOM;
        return __builtin_nanl("");
    }
    long double r = x;
    unsigned short status;
    do
    {
        __asm__("fprem1\n\tfnstsw %%ax" : "+t"(r), "=a"(status) : "u"(y));
    } while (status & 0x400);
    int bits = ((status >> 8) & 1) << 2 | ((status >> 14) & 1) << 1 | ((status >> 9) & 1);
    // A nonzero quotient whose low bits are 0 is reported as 8, which
    // keeps its sign; the quotient was nonzero if the remainder is not x.
    if (bits == 0 && fabsl(r) != fabsl(x))
    {
        bits = 8;
    }
    *quotient = (x < 0) != (y < 0) ? -bits : bits;
    return r;
}

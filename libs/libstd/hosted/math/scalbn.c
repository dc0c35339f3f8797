// x 2^n in at most three multiplications by powers of two. Each
// intermediate step is exact unless it overflows (then so does the result)
// or loses bits below 2^-1074, which happens only when the result is below
// 2^-1076 and rounds to zero anyway: so the result is rounded once.
#include "bits.h"
#include "errors.h"

#include <math.h>

double scalbn(double x, int n)
{
    if (x == 0 || !__builtin_isfinite(x))
    {
        return x + x;
    }
    if (n > 1023)
    {
        x *= 0x1p1023;
        n -= 1023;
        if (n > 1023)
        {
            x *= 0x1p1023;
            n = n - 1023 > 1023 ? 1023 : n - 1023;
        }
    }
    else if (n < -1022)
    {
        // 2^-969 = 2^-1022 2^53: the product stays normal as long as x
        // had more than 53 bits of headroom.
        x *= 0x1p-969;
        n += 969;
        if (n < -1022)
        {
            x *= 0x1p-969;
            n = n + 969 < -1022 ? -1022 : n + 969;
        }
    }
    return _check_range(x * _power_of_two(n));
}

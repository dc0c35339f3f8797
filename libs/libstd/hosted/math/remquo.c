// remquo: x - n y for the integer n nearest to x / y (ties to even), with
// the low three bits of n. Every step is exact: fmod is, and each
// subtraction takes y (or 2y, 4y) from a value less than twice it.
#include "bits.h"
#include "errors.h"

#include <math.h>

double remquo(double x, double y, int* quotient)
{
    *quotient = 0;
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (__builtin_isinf(x) || y == 0)
    {
        return _domain_error();
    }
    double ax = _abs(x), ay = _abs(y);
    int sign = (x < 0) != (y < 0) ? -1 : 1;
    if (2 * ax < ay) // 2 |x| is exact or +inf; half of a subnormal y may not be
    {
        return x; // n is 0 (y infinite included)
    }
    if (ay > 0x1p1020)
    {
        // 8 |y| would overflow; both are large, so scaling is exact.
        ax *= 0x1p-3;
        ay *= 0x1p-3;
    }
    // |x| mod 8|y|, then n's three low bits one by one.
    ax = fmod(ax, 8 * ay);
    unsigned n = 0;
    for (int bit = 2; bit >= 0; bit--)
    {
        double step = ay * (double)(1 << bit);
        if (ax >= step)
        {
            ax -= step;
            n |= 1u << bit;
        }
    }
    // Now 0 <= ax < |y|: round the quotient to nearest, ties to even.
    if (2 * ax > ay || (2 * ax == ay && (n & 1)))
    {
        ax -= ay;
        n++;
    }
    if (_abs(y) > 0x1p1020)
    {
        ax *= 0x1p3;
    }
    // n is at least 1 here: a multiple of 8 is reported as 8, which keeps
    // its sign.
    *quotient = sign * (int)((n & 7) == 0 ? 8 : n & 7);
    return ax == 0 ? _with_sign(0.0, x) : (x < 0 ? -ax : ax);
}

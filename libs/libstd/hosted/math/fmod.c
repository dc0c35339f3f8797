// fmod(x, y), exactly: the remainder of the integer significands, shifted
// in steps of 11 bits (so the running remainder, below 2^53, stays within
// 64 bits) until the exponents meet. The result is below |y| and a
// multiple of y's last place, so it is representable.
#include "bits.h"
#include "errors.h"

#include <math.h>
#include <stdint.h>

// |x| = significand 2^(*exponent - 1075) with the significand below 2^53,
// normalised also for subnormals.
static uint64_t significand(uint64_t magnitude, int* exponent)
{
    int biased = (int)(magnitude >> _FRACTION_BITS);
    uint64_t fraction = magnitude & _FRACTION_MASK;
    if (biased == 0)
    {
        int shift = __builtin_clzll(fraction) - 11;
        *exponent = 1 - shift;
        return fraction << shift;
    }
    *exponent = biased;
    return fraction | (1ULL << _FRACTION_BITS);
}

double fmod(double x, double y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (__builtin_isinf(x) || y == 0)
    {
        return _domain_error();
    }
    uint64_t ax = _bits(x) & ~_SIGN_MASK, ay = _bits(y) & ~_SIGN_MASK;
    if (ax < ay)
    {
        return x; // |x| < |y|, y infinite included
    }
    if (ax == ay)
    {
        return _with_sign(0.0, x);
    }
    int ex, ey;
    uint64_t mx = significand(ax, &ex);
    uint64_t my = significand(ay, &ey);
    uint64_t remainder = mx % my;
    for (int left = ex - ey; left > 0;)
    {
        int step = left < 11 ? left : 11;
        remainder = (remainder << step) % my;
        left -= step;
    }
    // remainder 2^(ey - 1075), exact: remainder < 2^53.
    return _with_sign(scalbn((double)remainder, ey - (_EXPONENT_BIAS + _FRACTION_BITS)), x);
}

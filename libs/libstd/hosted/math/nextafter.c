#include "bits.h"
#include "errors.h"

#include <math.h>
#include <stdbool.h>

// One step in the representation: the doubles of one sign are ordered as
// their bits.
double nextafter(double x, double y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (x == y)
    {
        return y; // C17 7.12.11.3: y, so nextafter(-0, +0) is +0
    }
    if (x == 0)
    {
        return _with_sign(0x1p-1074, y); // the smallest subnormal, y's way
    }
    uint64_t bits = _bits(x);
    bool away = (x < y) == (x > 0); // away from zero
    double next = _from_bits(away ? bits + 1 : bits - 1);
    if (__builtin_isinf(next) || _biased_exponent(next) == 0)
    {
        errno = ERANGE; // overflow, or a subnormal or zero result
    }
    return next;
}

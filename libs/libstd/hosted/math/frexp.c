#include "bits.h"

#include <math.h>

double frexp(double x, int* exp)
{
    if (x == 0 || !__builtin_isfinite(x))
    {
        *exp = 0;
        return x + x; // zeros and infinities as they are, NaNs made quiet
    }
    int exponent = _exponent_of(x);
    *exp = exponent + 1;
    // The fraction: x's bits with the exponent of [0.5, 1).
    double normal = _biased_exponent(x) == 0 ? x * 0x1p64 : x;
    return _from_bits((_bits(normal) & ~_EXPONENT_MASK) | ((uint64_t)(_EXPONENT_BIAS - 1) << _FRACTION_BITS));
}

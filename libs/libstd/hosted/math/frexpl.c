#include "long_double.h"

#include <math.h>

long double frexpl(long double x, int* exp)
{
    int biased = _ld_biased_exponent(x);
    if (x == 0 || biased == _LD_EXPONENT_MASK)
    {
        *exp = 0;
        return x + x;
    }
    int extra = 0;
    if (biased == 0)
    {
        x *= 0x1p64L; // subnormal: make it normal
        extra = 64;
        biased = _ld_biased_exponent(x);
    }
    *exp = biased - (_LD_BIAS - 1) - extra;
    _ld_bits_t b = _ld_bits(x);
    b.parts.sign_exponent = (uint16_t)((b.parts.sign_exponent & _LD_SIGN) | (_LD_BIAS - 1));
    return b.value;
}

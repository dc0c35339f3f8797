#include "errors.h"
#include "long_double.h"

#include <math.h>
#include <stdbool.h>

// One step of the 80-bit format: the significand moves by one, carrying
// into the exponent (the explicit leading bit makes that two cases).
long double nextafterl(long double x, long double y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (x == y)
    {
        return y;
    }
    if (x == 0)
    {
        _ld_bits_t tiny = {.parts = {1, 0}}; // 2^-16445, the smallest subnormal
        return _ld_with_sign(tiny.value, y);
    }
    _ld_bits_t b = _ld_bits(x);
    bool away = (x < y) == (x > 0);
    uint16_t exponent = b.parts.sign_exponent & _LD_EXPONENT_MASK;
    if (away)
    {
        b.parts.significand++;
        if (b.parts.significand == 0)
        {
            b.parts.significand = 1ULL << 63; // carried: the next binade
            b.parts.sign_exponent++;
        }
        else if (exponent == 0 && b.parts.significand == 1ULL << 63)
        {
            b.parts.sign_exponent++; // the largest subnormal became normal
        }
    }
    else
    {
        if (exponent != 0 && b.parts.significand == 1ULL << 63)
        {
            b.parts.sign_exponent--; // down into the binade below
            b.parts.significand = exponent == 1 ? (1ULL << 63) - 1 : ~0ULL;
        }
        else
        {
            b.parts.significand--;
        }
    }
    if (__builtin_isinf(b.value) || (b.parts.sign_exponent & _LD_EXPONENT_MASK) == 0)
    {
        errno = ERANGE;
    }
    return b.value;
}

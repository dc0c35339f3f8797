#include "fma_core.h"

#include <errno.h>
#include <math.h>

static const fma_format_t binary32 = {24, -126, 127};

static fma_operand_t operand(float x)
{
    int exponent;
    float fraction = frexpf(x, &exponent);
    return (fma_operand_t){x < 0, (uint64_t)(fabsf(fraction) * 0x1p24f), exponent - 24};
}

float fmaf(float x, float y, float z)
{
    if (__builtin_isfinite(x) && __builtin_isfinite(y) && __builtin_isinf(z))
    {
        return z; // the exact product is finite, even where x * y would overflow
    }
    if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || !__builtin_isfinite(z) || x == 0 || y == 0)
    {
        return x * y + z;
    }
    if (z == 0)
    {
        return x * y; // the product, rounded once; + z could turn a -0 from underflow into +0
    }
    fma_result_t r = _fma_core(operand(x), operand(y), operand(z), &binary32);
    if (r.overflow)
    {
        errno = ERANGE;
        float big = r.overflow_infinite ? __builtin_inff() : 0x1.fffffep127f;
        return r.negative ? -big : big;
    }
    float result = scalbnf((float)r.significand, r.exponent);
    return r.negative ? -result : result;
}

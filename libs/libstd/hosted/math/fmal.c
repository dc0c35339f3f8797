#include "errors.h"
#include "fma_core.h"

#include <math.h>

static const fma_format_t extended = {64, -16382, 16383};

static fma_operand_t operand(long double x)
{
    int exponent;
    long double fraction = frexpl(x, &exponent);
    return (fma_operand_t){x < 0, (uint64_t)(fabsl(fraction) * 0x1p64L), exponent - 64};
}

long double fmal(long double x, long double y, long double z)
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
    fma_result_t r = _fma_core(operand(x), operand(y), operand(z), &extended);
    if (r.overflow)
    {
        errno = ERANGE;
        long double big = r.overflow_infinite ? __builtin_infl() : 0x1.fffffffffffffffep16383L;
        return r.negative ? -big : big;
    }
    long double result = scalbnl((long double)r.significand, r.exponent);
    return r.negative ? -result : result;
}

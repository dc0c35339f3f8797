#include "bits.h"
#include "errors.h"
#include "fma_core.h"

#include <math.h>

static const fma_format_t binary64 = {53, -1022, 1023};

static fma_operand_t operand(double x)
{
    int exponent;
    double fraction = frexp(x, &exponent); // |fraction| in [0.5, 1)
    return (fma_operand_t){x < 0, (uint64_t)(_abs(fraction) * 0x1p53), exponent - 53};
}

double fma(double x, double y, double z)
{
    // NaNs, infinities and zeros: the hardware's product and sum give
    // what IEEE 754 asks (x y is exact or irrelevant there).
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
    fma_result_t r = _fma_core(operand(x), operand(y), operand(z), &binary64);
    if (r.overflow)
    {
        errno = ERANGE;
        double big = r.overflow_infinite ? __builtin_inf() : 0x1.fffffffffffffp1023;
        return r.negative ? -big : big;
    }
    double result = scalbn((double)r.significand, r.exponent);
    return r.negative ? -result : result;
}

// x^y = e^(y log x), with log x as a double-double accurate to about
// 2^-68 relative, so that even where |y log x| is near 745 the error it
// passes on stays near 2^-58; then e^z by the exponential core. The special
// cases are those of C17 F.10.4.4.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

typedef enum
{
    NOT_INTEGER,
    EVEN,
    ODD,
} integer_kind_t;

// Whether a finite or infinite y is an integer, and which parity: every
// double from 2^53 on (infinities too, for Annex F's purposes) is even.
static integer_kind_t integer_kind(double y)
{
    int exponent = _biased_exponent(y) - _EXPONENT_BIAS;
    if (exponent >= _FRACTION_BITS + 1)
    {
        return EVEN;
    }
    if (exponent < 0)
    {
        return y == 0 ? EVEN : NOT_INTEGER;
    }
    int fraction_bits = _FRACTION_BITS - exponent; // bits below the units place
    uint64_t bits = _bits(y);
    if ((bits & ((1ULL << fraction_bits) - 1)) != 0)
    {
        return NOT_INTEGER;
    }
    return (bits >> fraction_bits) & 1 ? ODD : EVEN;
}

// x^y for a zero or infinite x and a non-zero, non-NaN y.
static double power_of_zero_or_infinity(double x, double y, integer_kind_t kind)
{
    bool negative_result = kind == ODD && __builtin_signbit(x);
    if ((x == 0) == (y < 0))
    {
        double result = negative_result ? -HUGE_VAL : HUGE_VAL;
        return x == 0 ? _range_error(result) : result; // 0^negative is a pole
    }
    return negative_result ? -0.0 : 0.0;
}

double pow(double x, double y)
{
    if (y == 0 || x == 1)
    {
        return 1.0; // even when the other one is a NaN
    }
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    integer_kind_t kind = integer_kind(y);
    if (__builtin_isinf(y))
    {
        double ax = _abs(x);
        if (ax == 1)
        {
            return 1.0; // (-1)^+-inf
        }
        return (ax < 1) == (y < 0) ? HUGE_VAL : 0.0;
    }
    if (x == 0 || __builtin_isinf(x))
    {
        return power_of_zero_or_infinity(x, y, kind);
    }

    double sign = 1.0;
    if (x < 0)
    {
        if (kind == NOT_INTEGER)
        {
            return _domain_error();
        }
        sign = kind == ODD ? -1.0 : 1.0;
        x = -x;
        if (x == 1)
        {
            return sign; // (-1)^y for an integer y, however large
        }
    }

    // Now x is positive, finite and not 1. |log x| is at least about
    // 2^-53, so beyond |y| = 2^64 the result is certainly out of range
    // (and y even); this also keeps y small enough for the product below.
    if (_abs(y) > 0x1p64)
    {
        return _range_error((x > 1) == (y > 0) ? HUGE_VAL : 0.0);
    }
    dd_t log_x = _log_core(x);
    dd_t product = _dd_product(y, log_x.hi);
    dd_t z = _dd_fast_sum(product.hi, product.lo + y * log_x.lo);
    if (z.hi > 709.8 || z.hi < -745.2) // beyond DBL_MAX, or below half the smallest subnormal
    {
        return sign * _range_error(z.hi > 0 ? HUGE_VAL : 0.0);
    }
    int n;
    dd_t power = _exp_core(z, &n);
    return sign * _check_range(_scale(power, n));
}

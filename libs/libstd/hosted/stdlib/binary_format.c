#include "binary_format.h"

// float: 24-bit significand, 8-bit exponent; its largest finite value is
// (2^24 - 1) * 2^104 = 3.4e38 and its smallest subnormal 2^-149 = 1.4e-45.
const binary_format_t _binary32 = {24, -149, 104, 32, -46, 40};
// double: 53-bit significand, 11-bit exponent; (2^53 - 1) * 2^971 =
// 1.8e308 and 2^-1074 = 4.9e-324.
const binary_format_t _binary64 = {53, -1074, 971, 64, -324, 310};

// Round the top bits of a normalized mantissa (bit 63 set) to the
// precision, dropping `shift` bits; returns the kept bits, which may have
// carried up to 2^(64 - shift).
static uint64_t round_bits(uint64_t mantissa, unsigned shift, bool sticky, bool* inexact)
{
    if (shift > 64)
    {
        *inexact = true;
        return 0; // below half of the lowest bit kept
    }
    uint64_t kept = shift == 64 ? 0 : mantissa >> shift;
    uint64_t rest = shift == 64 ? mantissa : mantissa & ((UINT64_C(1) << shift) - 1);
    uint64_t half = UINT64_C(1) << (shift - 1);
    *inexact = rest != 0 || sticky;
    bool up = rest > half || (rest == half && (sticky || (kept & 1) != 0));
    return kept + up;
}

rounding_t _binary_round(const binary_format_t* format, uint64_t mantissa, int exponent, bool sticky,
    binary_value_t* out)
{
    int leading_zeros = __builtin_clzll(mantissa);
    mantissa <<= leading_zeros;
    exponent -= leading_zeros;

    unsigned shift = (unsigned)(64 - format->precision);
    int e = exponent + (int)shift;
    rounding_t result;

    // Tininess: rounded at full precision, is it still below 2^(p-1) * 2^min?
    bool ignored;
    uint64_t full = round_bits(mantissa, shift, sticky, &ignored);
    int full_e = e + (full >> format->precision != 0);
    result.tiny = full_e < format->min_exponent;

    if (e < format->min_exponent)
    {
        // Subnormal: fewer bits are kept. The shift is capped so that it
        // stays an unsigned int; anything past 65 rounds to zero alike.
        long long extra = (long long)format->min_exponent - e;
        shift += extra > 65 ? 65 : (unsigned)extra;
        e = format->min_exponent;
    }
    uint64_t m = round_bits(mantissa, shift, sticky, &result.inexact);
    if (m >> format->precision != 0)
    {
        m >>= 1;
        e++;
    }
    out->mantissa = m;
    out->exponent = e;
    out->infinite = e > format->max_exponent;
    return result;
}

uint64_t _binary_encode(const binary_format_t* format, const binary_value_t* value, bool negative)
{
    unsigned fraction_bits = (unsigned)format->precision - 1;
    uint64_t all_ones = (UINT64_C(1) << (format->width - format->precision)) - 1;
    uint64_t biased;
    uint64_t fraction;
    if (value->infinite)
    {
        biased = all_ones;
        fraction = 0;
    }
    else if (value->mantissa >> fraction_bits != 0)
    {
        biased = (uint64_t)(value->exponent - format->min_exponent + 1);
        fraction = value->mantissa & ((UINT64_C(1) << fraction_bits) - 1);
    }
    else
    {
        biased = 0;
        fraction = value->mantissa;
    }
    uint64_t sign = negative ? UINT64_C(1) << (format->width - 1) : 0;
    return sign | (biased << fraction_bits) | fraction;
}

uint64_t _binary_nan(const binary_format_t* format, bool negative)
{
    binary_value_t infinity = {0, 0, true};
    // The top fraction bit makes it quiet.
    return _binary_encode(format, &infinity, negative) | (UINT64_C(1) << (format->precision - 2));
}

// Decimal to binary in two steps. First an approximation in x87 extended
// precision, whose error is bounded: when it is far enough from a rounding
// boundary of the target format, rounding it gives the right answer (almost
// always, and fast). Otherwise the neighbourhood of the approximation is
// searched exactly: the input is compared with the midpoints between
// neighbouring binary values using big integers (the comparison method of
// W. D. Clinger, "How to Read Floating Point Numbers Accurately", 1990).
#include "decimal_to_binary.h"

#include "bigint.h"

#include <float.h>

// The approximation relies on 64-bit significands: x87 extended precision,
// with the precision control at 64 bits as the x86-64 psABI sets it.
_Static_assert(LDBL_MANT_DIG == 64, "long double must be x87 extended precision");

// 10^0 to 10^27 are exact in long double, since 5^27 < 2^64.
static const long double powers_of_ten[28] = {1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L, 1e8L, 1e9L, 1e10L,
    1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L,
    1e26L, 1e27L};

// leading * 10^exponent, with `roundings` set to the number of rounded
// operations: each adds a relative error of at most 2^-64.
static long double approximate(uint64_t leading, int exponent, int* roundings)
{
    long double value = (long double)leading; // exact: 64 bits fit
    unsigned left = exponent < 0 ? -(unsigned)exponent : (unsigned)exponent;
    *roundings = 0;
    while (left > 0)
    {
        unsigned step = left > 27 ? 27 : left;
        value = exponent < 0 ? value / powers_of_ten[step] : value * powers_of_ten[step];
        left -= step;
        (*roundings)++;
    }
    return value;
}

// A positive, normal long double as mantissa * 2^exponent (x87 layout: an
// explicit leading bit, a 15-bit exponent biased by 16383).
static uint64_t split(long double value, int* exponent)
{
    union
    {
        long double value;
        struct
        {
            uint64_t mantissa;
            uint16_t sign_exponent;
        } parts;
    } bits = {.value = value};
    *exponent = (bits.parts.sign_exponent & 0x7FFF) - 16383 - 63;
    return bits.parts.mantissa;
}

// The exact side: the input as digits * 10^k (plus something if sticky),
// ready to be compared with binary values.
typedef struct
{
    bigint_t scaled; // k >= 0: digits * 5^k; k < 0: digits
    bigint_t power;  // k < 0: 5^-k
    int k;
    bool sticky;
} exact_t;

static void exact_init(exact_t* x, const char* digits, size_t count, int k, bool sticky)
{
    _bigint_set(&x->scaled, 0);
    for (size_t i = 0; i < count;)
    {
        uint64_t chunk = 0;
        uint64_t scale = 1;
        for (size_t end = i + 19 < count ? i + 19 : count; i < end; i++)
        {
            chunk = chunk * 10 + (uint64_t)(digits[i] - '0');
            scale *= 10;
        }
        _bigint_mul_add(&x->scaled, scale, chunk);
    }
    if (k >= 0)
    {
        _bigint_mul_pow5(&x->scaled, (unsigned)k);
    }
    else
    {
        _bigint_set(&x->power, 1);
        _bigint_mul_pow5(&x->power, -(unsigned)k);
    }
    x->k = k;
    x->sticky = sticky;
}

// The sign of input - m * 2^e. Both sides become integers times the same
// power of two: digits * 5^k * 2^k against m * 2^e for k >= 0, digits * 2^k
// against m * 5^-k * 2^e otherwise. They stay within about 2,700 bits: the
// digits are below 10^800 and 5^-k below 5^(800 + 324).
static int compare(const exact_t* x, uint64_t m, int e)
{
    bigint_t left = x->scaled;
    bigint_t right;
    if (x->k >= 0)
    {
        _bigint_set(&right, m);
    }
    else
    {
        right = x->power;
        _bigint_mul_add(&right, m, 0);
    }
    if (x->k > e)
    {
        _bigint_shift_left(&left, (unsigned)(x->k - e));
    }
    else
    {
        _bigint_shift_left(&right, (unsigned)(e - x->k));
    }
    int order = _bigint_compare(&left, &right);
    return order == 0 && x->sticky ? 1 : order;
}

static void step_up(const binary_format_t* format, binary_value_t* v)
{
    if (++v->mantissa >> format->precision != 0)
    {
        v->mantissa >>= 1;
        v->infinite = ++v->exponent > format->max_exponent;
    }
}

static void step_down(const binary_format_t* format, binary_value_t* v)
{
    uint64_t lowest_normal = UINT64_C(1) << (format->precision - 1);
    if (v->mantissa == lowest_normal && v->exponent > format->min_exponent)
    {
        v->mantissa = (lowest_normal << 1) - 1;
        v->exponent--;
    }
    else
    {
        v->mantissa--;
    }
}

// Move from the guess to the correctly rounded value: up while the input
// lies above the midpoint to the next value, else down while it lies below
// the midpoint to the previous one; a tie goes to the even mantissa.
static void correct(const binary_format_t* format, const exact_t* x, binary_value_t* v)
{
    bool moved = false;
    while (!v->infinite)
    {
        int order = compare(x, 2 * v->mantissa + 1, v->exponent - 1);
        if (order < 0 || (order == 0 && (v->mantissa & 1) == 0))
        {
            break;
        }
        step_up(format, v);
        moved = true;
    }
    while (!moved && !v->infinite && v->mantissa != 0)
    {
        binary_value_t below = *v;
        step_down(format, &below);
        int order = compare(x, 2 * below.mantissa + 1, below.exponent - 1);
        if (order > 0 || (order == 0 && (v->mantissa & 1) == 0))
        {
            break;
        }
        *v = below;
    }
}

// Inexactness and tininess of a result near or below the smallest normal
// value, where errno depends on them.
static rounding_t classify(const binary_format_t* format, const exact_t* x, const binary_value_t* v)
{
    uint64_t lowest_normal = UINT64_C(1) << (format->precision - 1);
    rounding_t result = {true, false};
    if (v->infinite || v->exponent != format->min_exponent || v->mantissa > lowest_normal)
    {
        return result;
    }
    if (v->mantissa < lowest_normal)
    {
        result.tiny = true;
    }
    else
    {
        // The smallest normal value is tiny input rounded up from below the
        // midpoint between it and the largest value under it at full
        // precision: (2^(p+1) - 1) * 2^(min - 2).
        result.tiny = compare(x, (lowest_normal << 2) - 1, format->min_exponent - 2) < 0;
    }
    result.inexact = compare(x, v->mantissa, v->exponent) != 0;
    return result;
}

rounding_t _decimal_to_binary(const binary_format_t* format, const char* digits, size_t count, int exponent,
    bool sticky, binary_value_t* out)
{
    // Trailing zeros only make the numbers bigger.
    while (count > 1 && digits[count - 1] == '0')
    {
        count--;
        exponent++;
    }

    size_t used = count < 19 ? count : 19;
    uint64_t leading = 0;
    for (size_t i = 0; i < used; i++)
    {
        leading = leading * 10 + (uint64_t)(digits[i] - '0');
    }
    bool truncated = used < count || sticky;
    int roundings;
    int approximation_exponent;
    uint64_t approximation =
        split(approximate(leading, exponent + (int)(count - used), &roundings), &approximation_exponent);
    rounding_t result = _binary_round(format, approximation, approximation_exponent, false, out);

    // The error, in units of the approximation's last bit: at most one per
    // rounding, and below 2^64 / 10^18 < 19 for the digits left out (19 of
    // them make at least 10^18). Doubled for safety.
    uint64_t margin = 2 * (uint64_t)roundings + 2 + (truncated ? 40 : 0);
    unsigned dropped = (unsigned)(64 - format->precision);
    uint64_t rest = approximation & ((UINT64_C(1) << dropped) - 1);
    uint64_t half = UINT64_C(1) << (dropped - 1);
    uint64_t distance = rest > half ? rest - half : half - rest;
    if (!out->infinite && out->exponent > format->min_exponent && distance > margin)
    {
        return result;
    }

    exact_t x;
    exact_init(&x, digits, count, exponent, sticky);
    if (out->infinite)
    {
        out->infinite = false;
        out->mantissa = (UINT64_C(1) << format->precision) - 1;
        out->exponent = format->max_exponent;
    }
    correct(format, &x, out);
    return classify(format, &x, out);
}

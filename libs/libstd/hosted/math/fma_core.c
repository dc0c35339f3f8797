#include "fma_core.h"

#include "../fenv/x87_sse.h"

// Unsigned 256-bit integers as two halves.
typedef struct
{
    unsigned __int128 hi;
    unsigned __int128 lo;
} u256_t;

static int bit_length(u256_t a)
{
    if (a.hi != 0)
    {
        uint64_t top = (uint64_t)(a.hi >> 64);
        return top != 0 ? 256 - __builtin_clzll(top) : 192 - __builtin_clzll((uint64_t)a.hi);
    }
    uint64_t top = (uint64_t)(a.lo >> 64);
    if (top != 0)
    {
        return 128 - __builtin_clzll(top);
    }
    uint64_t bottom = (uint64_t)a.lo;
    return bottom != 0 ? 64 - __builtin_clzll(bottom) : 0;
}

static u256_t shift_left(u256_t a, int n)
{
    if (n == 0)
    {
        return a;
    }
    if (n >= 128)
    {
        return (u256_t){a.lo << (n - 128), 0};
    }
    return (u256_t){a.hi << n | a.lo >> (128 - n), a.lo << n};
}

// a >> n; *sticky is set if any 1 bit is shifted out.
static u256_t shift_right(u256_t a, int n, bool* sticky)
{
    if (n == 0)
    {
        return a;
    }
    if (n >= 256)
    {
        *sticky |= a.hi != 0 || a.lo != 0;
        return (u256_t){0, 0};
    }
    if (n >= 128)
    {
        *sticky |= a.lo != 0 || (n > 128 && (a.hi << (256 - n)) != 0);
        return (u256_t){0, a.hi >> (n - 128)};
    }
    *sticky |= (a.lo << (128 - n)) != 0;
    return (u256_t){a.hi >> n, a.lo >> n | a.hi << (128 - n)};
}

static u256_t add(u256_t a, u256_t b)
{
    unsigned __int128 lo = a.lo + b.lo;
    return (u256_t){a.hi + b.hi + (lo < a.lo), lo};
}

static u256_t subtract(u256_t a, u256_t b)
{
    return (u256_t){a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo};
}

static bool less(u256_t a, u256_t b)
{
    return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}

static bool is_zero(u256_t a)
{
    return a.hi == 0 && a.lo == 0;
}

// Both operands are aligned so their leading bit is this one: two bits of
// room above it for the carry.
#define TOP_BIT 253

typedef struct
{
    bool negative;
    u256_t value;
    int exponent;
} wide_t;

static wide_t normalise(bool negative, u256_t value, int exponent)
{
    int shift = TOP_BIT + 1 - bit_length(value);
    return (wide_t){negative, shift_left(value, shift), exponent - shift};
}

// Whether to round the truncated magnitude up, given the first dropped bit
// (half), whether anything below it was dropped (rest), and the last kept
// bit (odd).
static bool round_up(int direction, bool negative, bool half, bool rest, bool odd)
{
    switch (direction)
    {
    case FE_TONEAREST:
        return half && (rest || odd);
    case FE_UPWARD:
        return !negative && (half || rest);
    case FE_DOWNWARD:
        return negative && (half || rest);
    default:
        return false; // toward zero
    }
}

fma_result_t _fma_core(fma_operand_t x, fma_operand_t y, fma_operand_t z, const fma_format_t* format)
{
    int direction = (int)((_mxcsr_get() >> MXCSR_ROUND_SHIFT) & ROUND_MASK);
    unsigned __int128 product = (unsigned __int128)x.significand * y.significand;
    wide_t a = normalise(x.negative != y.negative, (u256_t){0, product}, x.exponent + y.exponent);
    wide_t b = normalise(z.negative, (u256_t){0, z.significand}, z.exponent);
    if (b.exponent > a.exponent || (b.exponent == a.exponent && less(a.value, b.value)))
    {
        wide_t swap = a;
        a = b;
        b = swap;
    }
    // Align b with a. At most 128 bits of each are set, so nothing is lost
    // unless b is more than 125 places below a; then the sum cannot cancel
    // more than one bit, and the sticky bit is all the rounding needs.
    bool sticky = false;
    u256_t bits = shift_right(b.value, a.exponent - b.exponent, &sticky);
    u256_t sum;
    if (a.negative == b.negative)
    {
        sum = add(a.value, bits);
    }
    else
    {
        // b's dropped bits make it larger than bits: borrow one unit, and
        // the sticky bit stands for the fraction left over.
        sum = subtract(a.value, bits);
        if (sticky)
        {
            sum = subtract(sum, (u256_t){0, 1});
        }
    }
    fma_result_t result = {a.negative, 0, 0, false, false};
    if (is_zero(sum) && !sticky)
    {
        // An exact zero: +0, or -0 when rounding downward (IEEE 754 6.3).
        result.negative = direction == FE_DOWNWARD;
        return result;
    }
    // The sum is sum 2^a.exponent; its leading bit is 2^lead.
    int length = bit_length(sum);
    int lead = a.exponent + length - 1;
    int keep = format->precision;
    if (lead < format->min_exponent)
    {
        keep -= format->min_exponent - lead; // subnormal: fewer bits
    }
    int drop = length - keep;
    uint64_t significand;
    bool half = false, rest = sticky;
    if (drop > 0)
    {
        bool below = false;
        u256_t dropped_half = shift_right(sum, drop - 1, &below);
        half = (dropped_half.lo & 1) != 0;
        rest = rest || below;
        significand = (uint64_t)(dropped_half.lo >> 1); // keep <= 64 bits
    }
    else
    {
        significand = (uint64_t)shift_left(sum, -drop).lo;
    }
    int exponent = a.exponent + drop;
    if (round_up(direction, result.negative, half, rest, significand & 1))
    {
        significand++;
        if (keep > 0 && keep < 64 && significand == (1ULL << keep) && lead >= format->min_exponent)
        {
            significand >>= 1; // carried into a new leading bit
            exponent++;
            lead++;
        }
        else if (keep == 64 && significand == 0)
        {
            significand = 1ULL << 63;
            exponent++;
            lead++;
        }
        else if (keep >= 0 && keep < 64 && significand == (1ULL << keep) && lead < format->min_exponent)
        {
            lead++; // a subnormal rounded up to the next binade: still exact
        }
    }
    if (lead > format->max_exponent)
    {
        result.overflow = true;
        // To an infinity, unless the direction rounds toward zero here.
        result.overflow_infinite = round_up(direction, result.negative, true, true, false);
        return result;
    }
    result.significand = significand;
    result.exponent = exponent;
    return result;
}

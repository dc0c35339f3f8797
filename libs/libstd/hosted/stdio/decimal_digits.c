// A stream yields the exact digits of m * 2^e from the first significant
// one on. For e >= 0 the value is an integer (at most 1024 bits) whose
// digits are all made at once by division. Otherwise the integer part
// (below 2^53) is converted directly and the fraction, f / 2^s, is kept as
// a big integer over 2^(64 * limbs): multiplying it by 10^19 pushes the
// next 19 digits out of its top, one chunk at a time, only as far as the
// requested precision. What is left then decides the rounding exactly.
#include "decimal_digits.h"

#include "../stdlib/bigint.h"

#include <stdbool.h>
#include <stdint.h>

#define TEN_TO_THE_9 1000000000u
#define TEN_TO_THE_19 UINT64_C(10000000000000000000)

// Holds an integer of 309 digits, made in chunks of 9 (35 of them).
#define BUFFER 320

typedef struct
{
    char buffer[BUFFER]; // digits made but not taken: buffer[next..end)
    size_t next;
    size_t end;
    bigint_t fraction; // the value below the buffered digits, over 2^(64 * limbs)
    size_t limbs;      // 0 when there is no fraction
    int exponent;      // the position of the first significant digit
} stream_t;

// Write `count` digits of value, with leading zeros, ending before `end`.
static void write_digits(char* end, uint64_t value, size_t count)
{
    while (count-- > 0)
    {
        *--end = (char)('0' + value % 10);
        value /= 10;
    }
}

static bool fraction_is_zero(const stream_t* s)
{
    return s->fraction.length == 0;
}

// Buffer the next 19 digits of the fraction (called with the buffer empty).
static void refill(stream_t* s)
{
    s->next = 0;
    s->end = 0;
    if (fraction_is_zero(s))
    {
        return;
    }
    _bigint_mul_add(&s->fraction, TEN_TO_THE_19, 0);
    uint64_t chunk = 0;
    if (s->fraction.length > s->limbs)
    {
        chunk = s->fraction.limbs[s->limbs];
        s->fraction.length = s->limbs;
        while (s->fraction.length > 0 && s->fraction.limbs[s->fraction.length - 1] == 0)
        {
            s->fraction.length--;
        }
    }
    write_digits(s->buffer + 19, chunk, 19);
    s->end = 19;
}

// n = n / 10^9; returns the remainder. Half a limb at a time: remainder
// and half together stay below 2^64, so no 128-bit division (a libgcc
// call) is needed, and the constant divisor becomes a multiplication.
static uint32_t divide_by_billion(bigint_t* n)
{
    uint64_t remainder = 0;
    for (size_t i = n->length; i-- > 0;)
    {
        uint64_t high = (remainder << 32) | (n->limbs[i] >> 32);
        remainder = high % TEN_TO_THE_9;
        uint64_t low = (remainder << 32) | (n->limbs[i] & 0xFFFFFFFFu);
        remainder = low % TEN_TO_THE_9;
        n->limbs[i] = ((high / TEN_TO_THE_9) << 32) | (low / TEN_TO_THE_9);
    }
    while (n->length > 0 && n->limbs[n->length - 1] == 0)
    {
        n->length--;
    }
    return (uint32_t)remainder;
}

static void start_integer(stream_t* s, uint64_t m, int e)
{
    bigint_t n;
    _bigint_set(&n, m);
    _bigint_shift_left(&n, (unsigned)e);
    s->next = s->end = BUFFER;
    while (n.length > 0)
    {
        write_digits(s->buffer + s->next, divide_by_billion(&n), 9);
        s->next -= 9;
    }
    while (s->buffer[s->next] == '0')
    {
        s->next++;
    }
    _bigint_set(&s->fraction, 0);
    s->limbs = 0;
    s->exponent = (int)(s->end - s->next) - 1;
}

static void start_fraction(stream_t* s, uint64_t m, unsigned shift)
{
    uint64_t integer = shift < 64 ? m >> shift : 0;
    uint64_t bits = shift < 64 ? m & ((UINT64_C(1) << shift) - 1) : m;
    s->next = s->end = BUFFER;
    for (; integer != 0; integer /= 10)
    {
        s->buffer[--s->next] = (char)('0' + integer % 10);
    }
    s->limbs = (shift + 63) / 64;
    _bigint_set(&s->fraction, bits);
    _bigint_shift_left(&s->fraction, (unsigned)(64 * s->limbs - shift));
    if (s->next < s->end)
    {
        s->exponent = (int)(s->end - s->next) - 1;
        return;
    }
    // Below 1: skip the zeros after the point, 19 at a time while the top
    // limb is empty (then 10^19 times the fraction stays below 1).
    s->exponent = -1;
    while (s->fraction.length < s->limbs)
    {
        _bigint_mul_add(&s->fraction, TEN_TO_THE_19, 0);
        s->exponent -= 19;
    }
    do
    {
        refill(s);
        while (s->next < s->end && s->buffer[s->next] == '0')
        {
            s->next++;
            s->exponent--;
        }
    } while (s->next == s->end);
}

// Start at the first significant digit of |value| (finite, nonzero).
static void start(stream_t* s, double value)
{
    union
    {
        double value;
        uint64_t bits;
    } u = {.value = value};
    int biased = (int)(u.bits >> 52 & 0x7FF);
    uint64_t m = u.bits & ((UINT64_C(1) << 52) - 1);
    if (biased != 0)
    {
        m |= UINT64_C(1) << 52;
    }
    int e = (biased != 0 ? biased : 1) - 1075;
    if (e >= 0)
    {
        start_integer(s, m, e);
    }
    else
    {
        start_fraction(s, m, (unsigned)-e);
    }
}

static bool exhausted(const stream_t* s)
{
    return s->next == s->end && fraction_is_zero(s);
}

static char next_digit(stream_t* s)
{
    if (s->next == s->end)
    {
        refill(s);
    }
    return s->next < s->end ? s->buffer[s->next++] : '0';
}

// Compare what follows the digits taken with half a unit of the last one:
// -1 below, 0 exactly half, 1 above.
static int compare_rest_with_half(const stream_t* s)
{
    if (s->next < s->end)
    {
        char first = s->buffer[s->next];
        if (first != '5')
        {
            return first > '5' ? 1 : -1;
        }
        for (size_t i = s->next + 1; i < s->end; i++)
        {
            if (s->buffer[i] != '0')
            {
                return 1;
            }
        }
        return fraction_is_zero(s) ? 0 : 1;
    }
    if (s->fraction.length < s->limbs || fraction_is_zero(s))
    {
        return -1;
    }
    uint64_t top = s->fraction.limbs[s->limbs - 1];
    uint64_t half = UINT64_C(1) << 63;
    if (top != half)
    {
        return top > half ? 1 : -1;
    }
    for (size_t i = 0; i + 1 < s->limbs; i++)
    {
        if (s->fraction.limbs[i] != 0)
        {
            return 1;
        }
    }
    return 0;
}

static void set_zero(decimal_t* out)
{
    out->count = 0;
    out->exponent = 0;
}

// Add one unit in the last place; 99.9 becomes 100 (that is, "1" one
// place higher).
static void round_up(decimal_t* out)
{
    size_t i = out->count;
    while (i > 0 && out->digits[i - 1] == '9')
    {
        out->digits[--i] = '0';
    }
    if (i == 0)
    {
        out->digits[0] = '1';
        out->exponent++;
    }
    else
    {
        out->digits[i - 1]++;
    }
}

// Take up to `count` digits from the stream and round what is left.
static void take(decimal_t* out, stream_t* s, size_t count)
{
    out->exponent = s->exponent;
    out->count = 0;
    while (out->count < count && out->count < DECIMAL_DIGITS_MAX && !exhausted(s))
    {
        out->digits[out->count++] = next_digit(s);
    }
    if (out->count == count)
    {
        int rest = compare_rest_with_half(s);
        if (rest > 0 || (rest == 0 && (out->digits[count - 1] - '0') % 2 != 0))
        {
            round_up(out);
        }
    }
    while (out->count > 0 && out->digits[out->count - 1] == '0')
    {
        out->count--;
    }
}

void _decimal_significant(decimal_t* out, double value, size_t count)
{
    if (value == 0)
    {
        set_zero(out);
        return;
    }
    stream_t s;
    start(&s, value);
    take(out, &s, count);
}

void _decimal_fixed(decimal_t* out, double value, size_t decimals)
{
    set_zero(out);
    if (value == 0)
    {
        return;
    }
    stream_t s;
    start(&s, value);
    // Digits from the first significant one down to the place of 10^-decimals.
    long long count = (long long)s.exponent + (long long)decimals + 1;
    if (count > 0)
    {
        take(out, &s, (size_t)count);
    }
    else if (count == 0 && compare_rest_with_half(&s) > 0)
    {
        // Every digit lies below the last place: only the first one
        // decides between 0 and one unit there (a tie goes to the even 0).
        out->digits[0] = '1';
        out->count = 1;
        out->exponent = -(int)decimals;
    }
}

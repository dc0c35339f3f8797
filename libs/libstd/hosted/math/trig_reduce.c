// Argument reduction for sin, cos and tan: x = n pi/2 + r with |r| <= pi/4,
// r as a double-double. Below 2^20 Cody and Waite's method subtracts n pi/2
// with pi/2 in four parts (152 bits); from 2^20 on, Payne and Hanek's
// method multiplies x by as many bits of 2/pi as it needs, whatever its
// size (see Muller, "Elementary Functions", chapter 11). The closest a
// double comes to a multiple of pi/2 is about 2^-61 (Muller, table 11.1),
// so r keeps at least 64 correct bits.
#include "bits.h"
#include "kernels.h"
#include "tables.h"

#include <stdbool.h>
#include <stdint.h>

static const double PI_4 = 0x1.921fb54442d18p-1;
static const double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
// pi/2 = C1 + C2 + C3 + C4: C1..C3 have 33 significant bits, so n Ci is
// exact for n < 2^20 (tools/math/tables.py).
static const double C1 = 0x1.921fb54400000p+0;
static const double C2 = 0x1.0b4611a600000p-34;
static const double C3 = 0x1.3198a2e000000p-69;
static const double C4 = 0x1.b839a252049c1p-104;
static const dd_t PI_2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};

typedef unsigned __int128 uint128_t;

static int reduce_medium(double x, dd_t* r)
{
    double n = _round_to_integer(x * TWO_OVER_PI);
    // x and n C1 are within a factor of two: the difference is exact.
    dd_t a = _dd_sum(x - n * C1, -n * C2);
    dd_t b = _dd_sum(a.hi, -n * C3);
    *r = _dd_sum(b.hi, (a.lo + b.lo) - n * C4);
    return (int)n & 3;
}

// The fraction f (|f| <= 1/2) held in 192 bits as f 2^192, turned into a
// double-double times pi/2.
static dd_t fraction_times_pi_2(uint64_t f[3])
{
    int shift = 0;
    while (f[0] == 0 && shift < 192)
    {
        f[0] = f[1];
        f[1] = f[2];
        f[2] = 0;
        shift += 64;
    }
    if (f[0] == 0)
    {
        return (dd_t){0.0, 0.0};
    }
    int zeros = __builtin_clzll(f[0]);
    if (zeros != 0)
    {
        f[0] = f[0] << zeros | f[1] >> (64 - zeros);
        f[1] = f[1] << zeros | f[2] >> (64 - zeros);
    }
    shift += zeros;
    // The top 53 bits exactly, then the next 75 rounded.
    double hi = (double)(f[0] >> 11) * _power_of_two(-53 - shift);
    double lo = ((double)(f[0] & 0x7FF) * 0x1p64 + (double)f[1]) * _power_of_two(-128 - shift);
    return _dd_mul(_dd_fast_sum(hi, lo), PI_2);
}

static int reduce_large(double x, dd_t* r)
{
    // |x| = m 2^e with m a 53-bit integer; e >= -32 here.
    int e = _biased_exponent(x) - (_EXPONENT_BIAS + _FRACTION_BITS);
    uint64_t m = (_bits(x) & _FRACTION_MASK) | (1ULL << _FRACTION_BITS);

    // With 2/pi = sum of b_i 2^-i, the b_i with i < e - 1 add multiples of
    // 4 to x 2/pi, which do not change n mod 4 or the fraction. Take the
    // 192 bits from b_(e-1) on (bit e - 1 + 63 of the table).
    int start = e - 1 + 63;
    int word = start / 64, shift = start % 64;
    uint64_t w[3];
    for (int i = 0; i < 3; i++)
    {
        w[i] = _two_over_pi_bits[word + i] << shift;
        if (shift != 0)
        {
            w[i] |= _two_over_pi_bits[word + i + 1] >> (64 - shift);
        }
    }

    // m w = |x| 2/pi (mod 4) times 2^190: its bits 190 and 191 are n mod 4,
    // the 190 below the fraction. Only the low 192 bits are needed.
    uint128_t low = (uint128_t)m * w[2];
    uint128_t middle = (uint128_t)m * w[1] + (uint64_t)(low >> 64);
    uint64_t top = (uint64_t)((uint128_t)m * w[0] + (uint64_t)(middle >> 64));
    int n = (int)(top >> 62);
    uint64_t f[3] = {top << 2 | (uint64_t)middle >> 62, (uint64_t)middle << 2 | (uint64_t)low >> 62,
        (uint64_t)low << 2};

    // A fraction of one half or more rounds n up and leaves f - 1.
    bool negative = f[0] >> 63;
    if (negative)
    {
        n++;
        f[0] = ~f[0];
        f[1] = ~f[1];
        f[2] = ~f[2] + 1;
        if (f[2] == 0 && ++f[1] == 0)
        {
            f[0]++;
        }
    }
    dd_t reduced = fraction_times_pi_2(f);
    if (negative != (x < 0))
    {
        reduced = (dd_t){-reduced.hi, -reduced.lo};
    }
    *r = reduced;
    return (x < 0 ? -n : n) & 3;
}

int _trig_reduce(double x, dd_t* r)
{
    double ax = _abs(x);
    if (ax <= PI_4)
    {
        *r = (dd_t){x, 0.0};
        return 0;
    }
    if (ax < 0x1p20)
    {
        return reduce_medium(x, r);
    }
    return reduce_large(x, r);
}

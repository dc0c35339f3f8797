// e^x for the exponential family (exp, pow, sinh, cosh, tanh), after
// Tang's table-driven method (ACM TOMS 15(2), 1989): with k the integer
// nearest to x 128/ln2, write k = 128 n + j and x = k ln2/128 + r, so that
// e^x = 2^n 2^(j/128) e^r with |r| <= ln2/256, where a short polynomial
// gives e^r very accurately.
#include "bits.h"
#include "kernels.h"
#include "tables.h"

#include <stdint.h>

// ln2/128 = LN2_128_HI + LN2_128_LO to about 2^-96; the high part has 35
// significant bits, so k LN2_128_HI is exact for |k| < 2^18.
static const double LN2_128_HI = 0x1.62e42fef80000p-8;
static const double LN2_128_LO = 0x1.1cf79abc9e3b4p-43;
static const double INV_LN2_128 = 0x1.71547652b82fep+7;

// (e^r - 1 - r - r^2/2) / r^3 for |r| <= ln2/256: minimax polynomial of
// degree 3, error 2^-49.4, so e^r - 1 is within 2^-75 (tools/math/polynomials.py exp).
static const double P0 = 0x1.5555555555525p-3;
static const double P1 = 0x1.55555555554f5p-5;
static const double P2 = 0x1.11111430bcc10p-7;
static const double P3 = 0x1.6c16c61b9848dp-10;

dd_t _exp_core(dd_t x, int* exponent)
{
    double kd = _round_to_integer(x.hi * INV_LN2_128);
    int64_t k = (int64_t)kd;

    // x.hi and k LN2_128_HI are within a factor of two (or k is 0), so their
    // difference is exact (Sterbenz); the rest is small.
    dd_t r = _dd_sum(x.hi - kd * LN2_128_HI, x.lo - kd * LN2_128_LO);

    // e^r - 1 = r.hi + tail, where tail is at most about 2^-17.
    double r2 = r.hi * r.hi;
    double tail = r.lo + 0.5 * r2 + r.hi * r2 * (P0 + r.hi * (P1 + r.hi * (P2 + r.hi * P3)));

    // 2^(j/128) e^r = (t_hi + t_lo)(1 + r.hi + tail), with t_hi r.hi exact.
    const double* t = _exp_table[k & ((1 << _EXP_TABLE_BITS) - 1)];
    dd_t product = _dd_product(t[0], r.hi);
    dd_t sum = _dd_fast_sum(t[0], product.hi);
    double lo = sum.lo + product.lo + t[1] + t[0] * tail + t[1] * r.hi;

    *exponent = (int)(k >> _EXP_TABLE_BITS); // an arithmetic shift: floor(k / 128)
    return _dd_fast_sum(sum.hi, lo);
}

/**
 * @file double_double.h
 * @brief Double-double arithmetic for the math functions: a value held as
 * hi + lo, two doubles with |lo| at most half an ulp of hi, which carries
 * about 106 bits. The inner steps of exp, log, pow, the trigonometric
 * functions and their kin keep their intermediate results this way, so the
 * final rounding to one double is the only large error.
 *
 * The building blocks are the error-free transformations of Knuth
 * (TwoSum), Dekker (Fast2Sum, and the product with Veltkamp's splitting);
 * see Muller et al., "Handbook of Floating-Point Arithmetic", chapter 4.
 * They rely on every operation being rounded to nearest as written: no
 * -ffast-math, and no FMA contraction of the splitting.
 */
#ifndef _LIBSTD_MATH_DOUBLE_DOUBLE_H
#define _LIBSTD_MATH_DOUBLE_DOUBLE_H 1

typedef struct
{
    double hi;
    double lo;
} dd_t;

/** a + b exactly, as the rounded sum and its error. Needs |a| >= |b| or a == 0. */
static inline dd_t _dd_fast_sum(double a, double b)
{
    double sum = a + b;
    return (dd_t){sum, b - (sum - a)};
}

/** a + b exactly, as the rounded sum and its error, for any a and b. */
static inline dd_t _dd_sum(double a, double b)
{
    double sum = a + b;
    double b_part = sum - a;
    double a_part = sum - b_part;
    return (dd_t){sum, (a - a_part) + (b - b_part)};
}

/** a * b exactly, as the rounded product and its error. Needs |a|, |b| <
 * 2^995 (the splitting multiplies by 2^27 + 1) and a product whose error is
 * not lost to underflow (|a b| above about 2^-969). */
static inline dd_t _dd_product(double a, double b)
{
    double product = a * b;
#ifdef __FMA__
    return (dd_t){product, __builtin_fma(a, b, -product)};
#else
    // Veltkamp: split each factor into 26 high bits and the rest, so the
    // four partial products are exact.
    const double splitter = 0x1p27 + 1;
    double a_scaled = a * splitter, b_scaled = b * splitter;
    double a_hi = a_scaled - (a_scaled - a), b_hi = b_scaled - (b_scaled - b);
    double a_lo = a - a_hi, b_lo = b - b_hi;
    double error = ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo;
    return (dd_t){product, error};
#endif
}

/** a + b for double-doubles, to about 2^-104 relative (unless they cancel). */
static inline dd_t _dd_add(dd_t a, dd_t b)
{
    dd_t sum = _dd_sum(a.hi, b.hi);
    return _dd_fast_sum(sum.hi, sum.lo + a.lo + b.lo);
}

/** a * b for a double-double and a double. */
static inline dd_t _dd_mul_d(dd_t a, double b)
{
    dd_t product = _dd_product(a.hi, b);
    return _dd_fast_sum(product.hi, product.lo + a.lo * b);
}

/** a * b for double-doubles. */
static inline dd_t _dd_mul(dd_t a, dd_t b)
{
    dd_t product = _dd_product(a.hi, b.hi);
    return _dd_fast_sum(product.hi, product.lo + (a.hi * b.lo + a.lo * b.hi));
}

/** a / b for double-doubles: the quotient of the high parts, corrected by
 * the exact remainder. */
static inline dd_t _dd_div(dd_t a, dd_t b)
{
    double quotient = a.hi / b.hi;
    dd_t back = _dd_product(quotient, b.hi);
    double remainder = ((a.hi - back.hi) - back.lo) + a.lo - quotient * b.lo;
    return _dd_fast_sum(quotient, remainder / b.hi);
}

#endif

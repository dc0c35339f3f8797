// What the math tests share: comparing doubles exactly, measuring errors in
// ulps, and drawing random arguments.
#ifndef LIBSTD_MATH_TEST_H
#define LIBSTD_MATH_TEST_H

#include "host_test.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

// libstd's errno numbers equal Linux's (see test_stdlib.c).
#define PW_EDOM 33
#define PW_ERANGE 34
_Static_assert(PW_EDOM == EDOM && PW_ERANGE == ERANGE, "errno numbers differ from the host's");

static inline uint64_t double_bits(double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof(bits));
    return bits;
}

static inline uint32_t float_bits(float x)
{
    uint32_t bits;
    memcpy(&bits, &x, sizeof(bits));
    return bits;
}

/** The same value: equal bits (so +0 and -0 differ), or both NaNs. */
static inline bool same_double(double a, double b)
{
    return isnan(a) ? isnan(b) : double_bits(a) == double_bits(b);
}

static inline bool same_float(float a, float b)
{
    return isnan(a) ? isnan(b) : float_bits(a) == float_bits(b);
}

/** A signaling NaN (quiet bit clear): glibc's fmin and fmax treat those
 * as IEEE 754's minNum does, which C17 Annex F leaves open. */
static inline bool is_signaling_nan(double x)
{
    return isnan(x) && !(double_bits(x) & 0x0008000000000000ULL);
}

static inline bool is_signaling_nanf(float x)
{
    return isnan(x) && !(float_bits(x) & 0x00400000U);
}

/** How many doubles lie between a and b (0 if equal; zeros count as one). */
static inline uint64_t double_distance(double a, double b)
{
    if (isnan(a) || isnan(b))
    {
        return isnan(a) && isnan(b) ? 0 : UINT64_MAX;
    }
    int64_t ia = (int64_t)double_bits(a), ib = (int64_t)double_bits(b);
    // Map to integers that order like the doubles: negatives reversed.
    ia = ia < 0 ? INT64_MIN - ia : ia;
    ib = ib < 0 ? INT64_MIN - ib : ib;
    return ia > ib ? (uint64_t)ia - (uint64_t)ib : (uint64_t)ib - (uint64_t)ia;
}

static inline uint32_t float_distance(float a, float b)
{
    if (isnan(a) || isnan(b))
    {
        return isnan(a) && isnan(b) ? 0 : UINT32_MAX;
    }
    int32_t ia = (int32_t)float_bits(a), ib = (int32_t)float_bits(b);
    ia = ia < 0 ? INT32_MIN - ia : ia;
    ib = ib < 0 ? INT32_MIN - ib : ib;
    return ia > ib ? (uint32_t)ia - (uint32_t)ib : (uint32_t)ib - (uint32_t)ia;
}

/**
 * |got - want| in units of the last place (of a format with
 * significand_bits bits, whose subnormals start below 2^(min_exponent - 1))
 * near want, where want is a more precise reference: a long double, with 11
 * bits more than a double. NaNs match only NaNs; zeros only zeros.
 */
static inline double ulp_error(double got, long double want, int significand_bits, int min_exponent)
{
    if (isnan(want) || isnan(got))
    {
        return isnan(want) && isnan(got) ? 0 : INFINITY;
    }
    if (want == 0)
    {
        return got == 0 ? 0 : INFINITY;
    }
    int exponent;
    frexpl(want, &exponent); // |want| = f 2^exponent, f in [0.5, 1)
    if (exponent < min_exponent)
    {
        exponent = min_exponent; // subnormal: fixed spacing
    }
    long double ulp = ldexpl(1.0L, exponent - significand_bits);
    return (double)(fabsl((long double)got - want) / ulp);
}

/** The error of a double result; one that overflows must do so exactly
 * when the correctly rounded result does. */
static inline double double_ulp_error(double got, long double want)
{
    if (isinf(got) || isinf((double)want))
    {
        return got == (double)want ? 0 : INFINITY;
    }
    return ulp_error(got, want, 53, -1021);
}

static inline double float_ulp_error(float got, long double want)
{
    if (isinf(got) || isinf((float)want))
    {
        return got == (float)want ? 0 : INFINITY;
    }
    return ulp_error(got, want, 24, -125);
}

/** A uniformly distributed double in [lo, hi). */
static inline double uniform(double lo, double hi)
{
    return lo + (hi - lo) * ((double)(next_random() >> 11) * 0x1p-53);
}

/** 2^u for u uniform in [lo, hi): every exponent in the range equally often. */
static inline double log_uniform(double lo, double hi)
{
    return exp2(uniform(lo, hi));
}

/** x or -x, at random. */
static inline double random_sign(double x)
{
    return next_random() & 1 ? -x : x;
}

/** A double with random bits: every exponent, NaNs and infinities included. */
static inline double random_double_bits(void)
{
    uint64_t bits = next_random();
    double x;
    memcpy(&x, &bits, sizeof(x));
    return x;
}

#endif

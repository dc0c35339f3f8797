/**
 * @file bits.h
 * @brief The binary64 representation of a double, for the math functions:
 * 1 sign bit, 11 exponent bits (biased by 1023) and 52 fraction bits.
 */
#ifndef _LIBSTD_MATH_BITS_H
#define _LIBSTD_MATH_BITS_H 1

#include <stdint.h>

#define _SIGN_MASK 0x8000000000000000ULL
#define _EXPONENT_MASK 0x7FF0000000000000ULL
#define _FRACTION_MASK 0x000FFFFFFFFFFFFFULL
#define _FRACTION_BITS 52
#define _EXPONENT_BIAS 1023

/** The bits of @p x (a union: memcpy would be a call under -fno-builtin). */
static inline uint64_t _bits(double x)
{
    union {
        double d;
        uint64_t u;
    } pun = {.d = x};
    return pun.u;
}

/** The double whose bits are @p u. */
static inline double _from_bits(uint64_t u)
{
    union {
        uint64_t u;
        double d;
    } pun = {.u = u};
    return pun.d;
}

/** The biased exponent field of @p x: 0 for zeros and subnormals, 2047 for infinities and NaNs. */
static inline int _biased_exponent(double x)
{
    return (int)((_bits(x) & _EXPONENT_MASK) >> _FRACTION_BITS);
}

/** floor(log2(|x|)) for a finite non-zero @p x, subnormals included. */
static inline int _exponent_of(double x)
{
    int biased = _biased_exponent(x);
    if (biased == 0)
    {
        return _biased_exponent(x * 0x1p64) - _EXPONENT_BIAS - 64;
    }
    return biased - _EXPONENT_BIAS;
}

/** 2^n for -1022 <= n <= 1023, built from its bits (exact, no rounding). */
static inline double _power_of_two(int n)
{
    return _from_bits((uint64_t)(n + _EXPONENT_BIAS) << _FRACTION_BITS);
}

/** @p x with the sign of @p sign. */
static inline double _with_sign(double x, double sign)
{
    return _from_bits((_bits(x) & ~_SIGN_MASK) | (_bits(sign) & _SIGN_MASK));
}

/** |x|, by clearing the sign bit. */
static inline double _abs(double x)
{
    return _from_bits(_bits(x) & ~_SIGN_MASK);
}

/** The nearest integer to @p x as a double, ties to even, for |x| < 2^51:
 * adding 1.5 * 2^52 leaves no fraction bits, so the addition rounds. */
static inline double _round_to_integer(double x)
{
    const double shifter = 0x1.8p52;
    return (x + shifter) - shifter;
}

#endif

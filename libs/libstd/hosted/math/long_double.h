/**
 * @file long_double.h
 * @brief The x87 80-bit format of long double, for the long double
 * functions: 1 sign bit and 15 exponent bits (biased by 16383) in one
 * 16-bit word, and a 64-bit significand whose leading bit is explicit.
 */
#ifndef _LIBSTD_MATH_LONG_DOUBLE_H
#define _LIBSTD_MATH_LONG_DOUBLE_H 1

#include <stdint.h>

#define _LD_BIAS 16383
#define _LD_EXPONENT_MASK 0x7FFF
#define _LD_SIGN 0x8000

typedef union
{
    long double value;
    struct
    {
        uint64_t significand;
        uint16_t sign_exponent;
    } parts;
} _ld_bits_t;

static inline _ld_bits_t _ld_bits(long double x)
{
    return (_ld_bits_t){.value = x};
}

/** The biased exponent field: 0 for zeros and subnormals, 0x7FFF for infinities and NaNs. */
static inline int _ld_biased_exponent(long double x)
{
    return _ld_bits(x).parts.sign_exponent & _LD_EXPONENT_MASK;
}

/** @p x with the sign of @p sign. */
static inline long double _ld_with_sign(long double x, long double sign)
{
    _ld_bits_t b = _ld_bits(x);
    b.parts.sign_exponent = (uint16_t)((b.parts.sign_exponent & _LD_EXPONENT_MASK) |
        (_ld_bits(sign).parts.sign_exponent & _LD_SIGN));
    return b.value;
}

/** frndint under rounding control @p control (an x87 FE_ direction): the
 * control word is changed for the one instruction. */
static inline long double _ld_round_with(long double x, unsigned short control)
{
    unsigned short saved, changed;
    __asm__ volatile("fnstcw %0" : "=m"(saved));
    changed = (unsigned short)((saved & ~0xC00) | control);
    __asm__ volatile("fldcw %1\n\tfrndint\n\tfldcw %2" : "+t"(x) : "m"(changed), "m"(saved));
    return x;
}

#endif

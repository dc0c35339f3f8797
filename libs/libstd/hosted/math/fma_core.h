/**
 * @file fma_core.h
 * @brief x y + z rounded once, for fma, fmaf and fmal: the operands'
 * integer significands are multiplied and added exactly in 256-bit
 * integers, and the sum is rounded in the current rounding direction.
 */
#ifndef _LIBSTD_MATH_FMA_CORE_H
#define _LIBSTD_MATH_FMA_CORE_H 1

#include <stdbool.h>
#include <stdint.h>

/** A finite non-zero operand: (-1)^negative significand 2^exponent. */
typedef struct
{
    bool negative;
    uint64_t significand;
    int exponent;
} fma_operand_t;

/** A floating-point format: its precision and exponent range, the
 * exponents of the smallest normal and the largest finite value's
 * leading bits (2^min_exponent, 2^max_exponent). */
typedef struct
{
    int precision;
    int min_exponent;
    int max_exponent;
} fma_format_t;

/** The result: (-1)^negative significand 2^exponent, representable in the
 * format, or an overflow (then the caller returns an infinity or the
 * largest finite value, as overflow_infinite says). */
typedef struct
{
    bool negative;
    uint64_t significand;
    int exponent;
    bool overflow;
    bool overflow_infinite;
} fma_result_t;

/** x y + z for finite, non-zero x, y, z, rounded to @p format; an exact
 * zero has the sign the rounding direction gives it. */
fma_result_t _fma_core(fma_operand_t x, fma_operand_t y, fma_operand_t z, const fma_format_t* format);

#endif

/**
 * @file decimal_digits.h
 * @brief The decimal digits of a double's exact binary value, rounded to
 * nearest with ties to even, for printf's %e, %f and %g. Exact at any
 * precision: the digits come from big-integer arithmetic, never from
 * floating-point multiplication.
 */
#ifndef _LIBSTD_DECIMAL_DIGITS_H
#define _LIBSTD_DECIMAL_DIGITS_H 1

#include <stddef.h>

/**
 * Room for every significant digit of a double: the exact expansion of
 * m * 2^e has at most 767 (m < 2^53 times 5^1074 over 10^1074), so beyond
 * that, any requested digit is a zero.
 */
#define DECIMAL_DIGITS_MAX 800

typedef struct
{
    char digits[DECIMAL_DIGITS_MAX]; // '0' to '9': the first and last nonzero
    size_t count;                    // 0 for the value zero
    int exponent;                    // value = d0.d1d2... * 10^exponent (0 for zero)
} decimal_t;

/**
 * |value| (finite) rounded to @p count significant digits (count >= 1).
 * Trailing zeros are left out: fewer than @p count digits may remain.
 */
void _decimal_significant(decimal_t* out, double value, size_t count);

/** |value| (finite) rounded to a multiple of 10^-decimals. */
void _decimal_fixed(decimal_t* out, double value, size_t decimals);

#endif

/**
 * @file bigint.h
 * @brief Unsigned big integers of fixed capacity, for exact conversions
 * between binary floating point and decimal text (strtod, printf). Only the
 * few operations those need, on limbs of 64 bits, least significant first.
 *
 * The capacity covers the largest number either side builds: strtod
 * compares values of up to about 2,750 bits (800 decimal digits scaled by
 * powers of 5 and 2, see decimal_to_binary.c), printf at most 1,088 bits.
 * Callers keep within it; an operation that would exceed it drops the
 * excess rather than write past the array.
 */
#ifndef _LIBSTD_BIGINT_H
#define _LIBSTD_BIGINT_H 1

#include <stddef.h>
#include <stdint.h>

#define BIGINT_LIMBS 48

typedef struct
{
    uint64_t limbs[BIGINT_LIMBS];
    size_t length; // limbs in use; the top one is nonzero, so 0 is length 0
} bigint_t;

/** Set @p n to @p value. */
void _bigint_set(bigint_t* n, uint64_t value);
/** n = n * factor + addend. */
void _bigint_mul_add(bigint_t* n, uint64_t factor, uint64_t addend);
/** n = n * 5^exponent. */
void _bigint_mul_pow5(bigint_t* n, unsigned exponent);
/** n = n * 2^bits. */
void _bigint_shift_left(bigint_t* n, unsigned bits);
/** -1, 0 or 1 as a is below, equal to or above b. */
int _bigint_compare(const bigint_t* a, const bigint_t* b);

#endif

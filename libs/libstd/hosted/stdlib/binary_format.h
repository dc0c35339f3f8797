/**
 * @file binary_format.h
 * @brief The IEEE 754 binary formats that strtof and strtod produce, and
 * correct rounding of a wider binary value into one of them.
 *
 * A finite value of a format is m * 2^e with 0 <= m < 2^precision and
 * min_exponent <= e <= max_exponent, where m >= 2^(precision-1) unless e
 * is min_exponent (the subnormals and zero). Working on (m, e) pairs keeps
 * strtod's algorithms the same for every format.
 */
#ifndef _LIBSTD_BINARY_FORMAT_H
#define _LIBSTD_BINARY_FORMAT_H 1

#include <stdbool.h>
#include <stdint.h>

typedef struct
{
    int precision;    // significand bits, the leading one included
    int min_exponent; // e of the subnormals: the weight of their lowest bit
    int max_exponent; // e of the largest finite value
    int width;        // bits in the encoding, sign included
    // Decimal shortcuts: a value below 10^zero_lead rounds to zero, one at
    // or above 10^(overflow_lead - 1) overflows.
    int zero_lead;
    int overflow_lead;
} binary_format_t;

extern const binary_format_t _binary32; // float
extern const binary_format_t _binary64; // double

typedef struct
{
    uint64_t mantissa; // m
    int exponent;      // e
    bool infinite;     // the value overflowed the format: m and e mean nothing
} binary_value_t;

/** What rounding did, for errno (C17 7.12.1: overflow and underflow). */
typedef struct
{
    bool inexact;
    // Below the smallest normal value after rounding to the full precision
    // with an unbounded exponent (IEEE 754 tininess after rounding, as x86
    // detects it). An underflow is a tiny, inexact result.
    bool tiny;
} rounding_t;

/**
 * Round mantissa * 2^exponent to the nearest value of @p format, ties to
 * even; @p sticky says that a nonzero amount below the mantissa's lowest
 * bit was left out. @p mantissa must not be 0.
 */
rounding_t _binary_round(const binary_format_t* format, uint64_t mantissa, int exponent, bool sticky,
    binary_value_t* out);

/** The encoding of @p value, negated if @p negative. */
uint64_t _binary_encode(const binary_format_t* format, const binary_value_t* value, bool negative);

/** The encoding of a quiet NaN. */
uint64_t _binary_nan(const binary_format_t* format, bool negative);

#endif

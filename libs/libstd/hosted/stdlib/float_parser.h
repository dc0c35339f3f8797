/**
 * @file float_parser.h
 * @brief The text of a floating-point number (C17 7.22.1.3), read one
 * character at a time, so strtod (from a string) and scanf (from any
 * source, with one character of push-back) share one grammar:
 *
 *     [+-] ( digits [. digits] | . digits ) [(e|E) [+-] digits]
 *     [+-] 0(x|X) ( hexdigits [. hexdigits] | . hexdigits ) [(p|P) [+-] digits]
 *     [+-] ( inf | infinity | nan | nan( [A-Za-z0-9_]* ) ), in any case
 *
 * White space before the number is the caller's business.
 */
#ifndef _LIBSTD_FLOAT_PARSER_H
#define _LIBSTD_FLOAT_PARSER_H 1

#include "binary_format.h"
#include "decimal_to_binary.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum
{
    FLOAT_DECIMAL,
    FLOAT_HEX,
    FLOAT_INFINITY,
    FLOAT_NAN,
} float_kind_t;

typedef struct
{
    int state;
    float_kind_t kind;
    bool negative;
    bool after_point;
    // Decimal: the significant digits kept, read as an integer; hexadecimal:
    // the first 16 significant digits in `bits`.
    char digits[DECIMAL_DIGITS_KEPT];
    size_t count;
    uint64_t bits;
    bool sticky; // nonzero digits were left out
    // The power of ten (decimal) or two (hexadecimal) the kept digits are
    // scaled by, before the exponent part. A long cannot overflow: each
    // character moves it by at most 4.
    long scale;
    long exponent; // the exponent part's magnitude, capped
    bool exponent_negative;
    size_t matched; // letters of "infinity" or "nan" matched
} float_parser_t;

/** Start reading a number. */
void _float_parser_start(float_parser_t* parser);

/**
 * Offer the next character @p c. Returns true, and takes it, if the text
 * with it is still the start of a number; false leaves the parser as it was.
 */
bool _float_parser_feed(float_parser_t* parser, int c);

/** Whether the characters taken so far form a whole number. */
bool _float_parser_complete(const float_parser_t* parser);

/**
 * The encoding in @p format of the longest whole number among the
 * characters taken (characters after it never change the value). Sets
 * @p range_error on overflow and on underflow (a tiny, inexact result).
 * A NaN's character sequence is not used: every NaN is the quiet NaN.
 */
uint64_t _float_parser_value(const float_parser_t* parser, const binary_format_t* format, bool* range_error);

/**
 * What strtod and strtof share: skip white space, read the longest number,
 * store its end (or @p str when there is none) in @p endptr, set errno to
 * ERANGE on overflow or underflow, return the encoding.
 */
uint64_t _parse_float(const char* str, char** endptr, const binary_format_t* format);

#endif

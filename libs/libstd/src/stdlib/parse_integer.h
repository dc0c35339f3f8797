/**
 * @file parse_integer.h
 * @brief The parser shared by the strto* and wcsto* integer functions:
 * each supplies only its limits and turns the magnitude into its own type.
 */
#ifndef _LIBSTD_PARSE_INTEGER_H
#define _LIBSTD_PARSE_INTEGER_H 1

#include <stdbool.h>
#include <stddef.h>

typedef struct
{
    unsigned long long magnitude; /**< clamped to the limit on overflow */
    bool negative;
    bool overflow; /**< errno has been set to ERANGE */
} parsed_integer_t;

/**
 * Parse the subject sequence of strtol (C17 7.22.1.4) and store the end in
 * @p endptr. A magnitude above @p positive_limit (without a minus sign) or
 * @p negative_limit (with one) is an overflow. An unsupported base sets
 * errno to EINVAL and parses nothing.
 */
parsed_integer_t _parse_integer(const char* str, char** endptr, int base, unsigned long long positive_limit,
    unsigned long long negative_limit);

/**
 * _parse_integer on a string of @p width-byte characters (1 for char, 4
 * for a 32-bit wchar_t), each read as an unsigned value; ASCII white
 * space is skipped (a wide caller skips the rest first). The end goes to
 * *@p length: the characters up to the end of the subject sequence, 0
 * when there is none.
 */
parsed_integer_t _parse_integer_chars(const void* str, size_t width, size_t* length, int base,
    unsigned long long positive_limit, unsigned long long negative_limit);

/** The value as a signed integer: the negative limit, -(max + 1), fits
 * only after the subtraction is moved out of the cast. */
static inline long long _parsed_signed(parsed_integer_t n)
{
    if (!n.negative)
    {
        return (long long)n.magnitude;
    }
    return n.magnitude == 0 ? 0 : -(long long)(n.magnitude - 1) - 1;
}

/** The value as an unsigned integer: a minus sign negates it in unsigned
 * arithmetic, but an overflow stays the maximum (C17 7.22.1.4p8). */
static inline unsigned long long _parsed_unsigned(parsed_integer_t n)
{
    return n.overflow || !n.negative ? n.magnitude : -n.magnitude;
}

#endif

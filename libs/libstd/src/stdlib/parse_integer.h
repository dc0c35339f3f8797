/**
 * @file parse_integer.h
 * @brief The parser shared by the strto* functions: each supplies only its
 * limits and turns the magnitude into its own type.
 */
#ifndef _LIBSTD_PARSE_INTEGER_H
#define _LIBSTD_PARSE_INTEGER_H 1

#include <stdbool.h>

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

#endif

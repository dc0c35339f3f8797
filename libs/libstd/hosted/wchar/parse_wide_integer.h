/**
 * @file parse_wide_integer.h
 * @brief strtol's parser (src/stdlib/parse_integer.h) for the wcsto*
 * integer functions: white space as iswspace says, then the shared
 * grammar on 32-bit characters.
 */
#ifndef _LIBSTD_PARSE_WIDE_INTEGER_H
#define _LIBSTD_PARSE_WIDE_INTEGER_H 1

#include "../../src/stdlib/parse_integer.h"

#include <wchar.h>

/** _parse_integer for a wide string. */
parsed_integer_t _parse_wide_integer(const wchar_t* str, wchar_t** endptr, int base,
    unsigned long long positive_limit, unsigned long long negative_limit);

#endif

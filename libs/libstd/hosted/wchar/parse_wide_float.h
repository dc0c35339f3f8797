/**
 * @file parse_wide_float.h
 * @brief _parse_float (hosted/stdlib/float_parser.h) for wide strings.
 */
#ifndef _LIBSTD_PARSE_WIDE_FLOAT_H
#define _LIBSTD_PARSE_WIDE_FLOAT_H 1

#include "../stdlib/binary_format.h"

#include <stdint.h>
#include <wchar.h>

/** Skip white space (iswspace), read the longest number, store its end. */
uint64_t _parse_wide_float(const wchar_t* str, wchar_t** endptr, const binary_format_t* format);

#endif

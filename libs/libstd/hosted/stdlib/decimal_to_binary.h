/**
 * @file decimal_to_binary.h
 * @brief Correctly rounded conversion of a decimal number to a binary
 * format: the heart of strtod and strtof.
 */
#ifndef _LIBSTD_DECIMAL_TO_BINARY_H
#define _LIBSTD_DECIMAL_TO_BINARY_H 1

#include "binary_format.h"

#include <stddef.h>

/**
 * The most significant digits a conversion needs: a value halfway between
 * two doubles has at most 768, so any digits past this many can only break
 * a tie, which a sticky flag records.
 */
#define DECIMAL_DIGITS_KEPT 800

/**
 * Round digits * 10^exponent to the nearest value of @p format, ties to
 * even. @p digits holds @p count decimal digits ('0' to '9', the first
 * nonzero, 1 <= count <= DECIMAL_DIGITS_KEPT) read as an integer;
 * @p sticky says nonzero digits followed that were left out.
 */
rounding_t _decimal_to_binary(const binary_format_t* format, const char* digits, size_t count, int exponent,
    bool sticky, binary_value_t* out);

#endif

/**
 * @file format_float.h
 * @brief The layouts of %e, %f and %g (C17 7.21.6.1) and %a, as text
 * pieces; _format_float (format_float.c) picks one and outputs it.
 */
#ifndef _LIBSTD_FORMAT_FLOAT_H
#define _LIBSTD_FORMAT_FLOAT_H 1

#include "decimal_digits.h"
#include "float_text.h"

/** [d].[ddd]e[+-]dd from @p value (finite). */
void _format_exponential(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate,
    char mark);
/** [ddd].[ddd] from @p value (finite). */
void _format_fixed(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate);
/** %g: the shorter of the two for the value, without trailing zeros unless '#'. */
void _format_general(float_text_t* text, decimal_t* digits, double value, size_t precision, bool alternate,
    char mark);
/** %a: [0x][h].[hhh]p[+-]d, with @p upper for %A. */
void _format_hex_float(float_text_t* text, double value, const format_directive_t* directive, bool upper);

#endif

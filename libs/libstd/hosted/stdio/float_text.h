/**
 * @file float_text.h
 * @brief The text of one floating-point conversion, as pieces laid out
 * before any output, so that the field width can be honoured without
 * building the whole text (a "%.5000f" is mostly runs of zeros).
 */
#ifndef _LIBSTD_FLOAT_TEXT_H
#define _LIBSTD_FLOAT_TEXT_H 1

#include "../../src/stdio/format.h"

#include <stdbool.h>
#include <stddef.h>

#define FLOAT_TEXT_PIECES 8

typedef struct
{
    const char* text; // NULL: `length` zeros
    size_t length;
} float_piece_t;

typedef struct
{
    char prefix[3]; // the sign, then "0x" for %a; padding zeros go after it
    size_t prefix_length;
    float_piece_t pieces[FLOAT_TEXT_PIECES];
    size_t count;
    char exponent[8];  // storage for "e+308" or "p-1074"
    char digits[16];   // storage for %a's digits
    bool zero_padding; // the '0' flag applies (not to inf and nan)
} float_text_t;

/** Start a text with the sign the value and flags ask for. */
void _float_text_start(float_text_t* text, bool negative, const format_directive_t* directive);
/** Append @p length bytes of @p str (which must outlive the text). */
void _float_text_add(float_text_t* text, const char* str, size_t length);
/** Append @p count zeros. */
void _float_text_zeros(float_text_t* text, size_t count);
/** Append an exponent: @p mark, its sign, at least @p min_digits digits. */
void _float_text_exponent(float_text_t* text, char mark, int exponent, int min_digits);
/** Output the text in its field, as the directive's width and flags say. */
void _float_text_emit(format_output_t* out, const format_directive_t* directive, const float_text_t* text);

#endif

/**
 * @file uchar.h
 * @brief UTF-16 and UTF-32 characters (C17 7.28).
 *
 * char16_t strings are UTF-16 and char32_t strings UTF-32 (the compiler
 * defines __STDC_UTF_16__ and __STDC_UTF_32__); the multibyte side is
 * UTF-8 as everywhere (wchar.h). Errors as for mbrtowc and wcrtomb: EILSEQ
 * for bytes that are not UTF-8, for a lone or reversed surrogate, and for
 * a char32_t that is no Unicode scalar value. A NULL state uses one
 * internal state per function.
 */
#ifndef _UCHAR_H
#define _UCHAR_H 1

#define __need_size_t
#include <stddef.h>

#include <bits/mbstate.h>

typedef __CHAR16_TYPE__ char16_t;
typedef __CHAR32_TYPE__ char32_t;

/**
 * mbrtowc for UTF-16: a character above U+FFFF is returned in two calls,
 * the high surrogate by the call that reads it and the low one by the
 * next call, which reads nothing and returns (size_t)-3.
 */
size_t mbrtoc16(char16_t* restrict unit, const char* restrict s, size_t n, mbstate_t* restrict state);
/**
 * wcrtomb for UTF-16: a high surrogate is kept in the state and writes
 * nothing (returns 0); the low one that follows writes the character.
 */
size_t c16rtomb(char* restrict s, char16_t unit, mbstate_t* restrict state);
/** mbrtowc storing a char32_t. */
size_t mbrtoc32(char32_t* restrict code, const char* restrict s, size_t n, mbstate_t* restrict state);
/** wcrtomb taking a char32_t. */
size_t c32rtomb(char* restrict s, char32_t code, mbstate_t* restrict state);

#endif

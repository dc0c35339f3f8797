/**
 * @file conversion.h
 * @brief The cores of the multibyte conversion functions (wchar.h,
 * uchar.h, stdlib.h): each takes a state that is never NULL. The public
 * functions that accept a NULL state supply their own internal one
 * (platform/user/wchar/), since that state is mutable and hosted/ keeps
 * none.
 */
#ifndef _LIBSTD_WCHAR_CONVERSION_H
#define _LIBSTD_WCHAR_CONVERSION_H 1

#include "../../src/wchar/utf8.h"

#include <uchar.h>
#include <wchar.h>

/** The decoder that @p state holds. */
static inline utf8_decoder_t _mbstate_decoder(const mbstate_t* state)
{
    return (utf8_decoder_t){state->_value, state->_remaining, state->_low, state->_high};
}

/** Keep @p decoder in @p state. */
static inline void _mbstate_keep(mbstate_t* state, utf8_decoder_t decoder)
{
    state->_value = decoder.value;
    state->_remaining = decoder.remaining;
    state->_low = decoder.low;
    state->_high = decoder.high;
}

/** mbrtowc with a state, storing the code point (any width) in *@p code. */
size_t _mbrtoc(uint32_t* code, const char* s, size_t n, mbstate_t* state);

/** wcrtomb with a state, for a code point of any width. */
size_t _crtomb(char* s, uint32_t code, mbstate_t* state);

/** mbsrtowcs with a state. */
size_t _mbsrtowcs(wchar_t* dest, const char** src, size_t count, mbstate_t* state);

/** wcsrtombs with a state. */
size_t _wcsrtombs(char* dest, const wchar_t** src, size_t count, mbstate_t* state);

/** mbrtoc16 with a state. */
size_t _mbrtoc16(char16_t* unit, const char* s, size_t n, mbstate_t* state);

/** c16rtomb with a state. */
size_t _c16rtomb(char* s, char16_t unit, mbstate_t* state);

#endif

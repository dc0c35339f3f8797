/**
 * @file utf8.h
 * @brief UTF-8, the multibyte encoding of every locale (see locale.h):
 * an incremental decoder that takes one byte at a time, so a character
 * may arrive over several calls (mbrtowc, a stream), and an encoder.
 *
 * Only what Unicode's Table 3-7 lists is well formed: no overlong forms
 * (C0 80), no UTF-16 surrogates (ED A0 80), nothing above U+10FFFF
 * (F4 90 80 80). The decoder rejects a sequence at the first byte that
 * cannot continue it, so a truncated character is told apart from a
 * wrong one as early as possible.
 */
#ifndef _LIBSTD_UTF8_H
#define _LIBSTD_UTF8_H 1

#include <stddef.h>
#include <stdint.h>

/** A character being decoded; all zeros between characters. */
typedef struct
{
    uint32_t value;    /**< the bits gathered so far */
    uint8_t remaining; /**< continuation bytes still to come */
    uint8_t low;       /**< the range the next byte must be in */
    uint8_t high;
} utf8_decoder_t;

/** What _utf8_feed made of a byte. */
typedef enum
{
    UTF8_DONE,      /**< a whole character: *code holds it, the decoder is reset */
    UTF8_MORE,      /**< the byte was taken; the character goes on */
    UTF8_ILLEGAL,   /**< the byte cannot be next: the decoder is reset */
} utf8_step_t;

/** Take byte @p byte into @p decoder. */
utf8_step_t _utf8_feed(utf8_decoder_t* decoder, unsigned char byte, uint32_t* code);

/** The longest encoding of one character. */
#define UTF8_MAX 4

/** Whether @p code is a Unicode scalar value (so it has an encoding). */
static inline int _utf8_encodable(uint32_t code)
{
    return code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
}

/**
 * Encode @p code into @p bytes (room for UTF8_MAX). Returns the number of
 * bytes, or 0 for a value that is no Unicode scalar value.
 */
size_t _utf8_encode(uint32_t code, char* bytes);

#endif

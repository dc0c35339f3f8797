#include "utf8.h"

// The first byte decides the length and the range of the second byte
// (Unicode Table 3-7); every later byte is 80..BF. Narrowing the second
// byte's range is what excludes overlong forms, surrogates and values
// above U+10FFFF.
static utf8_step_t start(utf8_decoder_t* d, unsigned char byte, uint32_t* code)
{
    if (byte < 0x80)
    {
        *code = byte;
        return UTF8_DONE;
    }
    d->low = 0x80;
    d->high = 0xBF;
    if (byte >= 0xC2 && byte <= 0xDF)
    {
        d->remaining = 1;
        d->value = byte & 0x1Fu;
    }
    else if (byte >= 0xE0 && byte <= 0xEF)
    {
        d->remaining = 2;
        d->value = byte & 0x0Fu;
        d->low = byte == 0xE0 ? 0xA0 : 0x80;
        d->high = byte == 0xED ? 0x9F : 0xBF;
    }
    else if (byte >= 0xF0 && byte <= 0xF4)
    {
        d->remaining = 3;
        d->value = byte & 0x07u;
        d->low = byte == 0xF0 ? 0x90 : 0x80;
        d->high = byte == 0xF4 ? 0x8F : 0xBF;
    }
    else
    {
        return UTF8_ILLEGAL; // a continuation byte, C0, C1 or F5..FF
    }
    return UTF8_MORE;
}

utf8_step_t _utf8_feed(utf8_decoder_t* d, unsigned char byte, uint32_t* code)
{
    if (d->remaining == 0)
    {
        return start(d, byte, code);
    }
    if (byte < d->low || byte > d->high)
    {
        *d = (utf8_decoder_t){0};
        return UTF8_ILLEGAL;
    }
    d->value = d->value << 6 | (byte & 0x3Fu);
    d->low = 0x80;
    d->high = 0xBF;
    if (--d->remaining > 0)
    {
        return UTF8_MORE;
    }
    *code = d->value;
    *d = (utf8_decoder_t){0};
    return UTF8_DONE;
}

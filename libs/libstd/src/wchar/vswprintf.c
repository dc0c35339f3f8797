#include "format_wide.h"
#include "utf8.h"

#include <errno.h>
#include <stdbool.h>

typedef struct
{
    wchar_t* dest;
    size_t room; // wide characters that may still be stored, terminator excluded
    utf8_decoder_t decoder;
    bool overflowed;
    bool invalid; // a %s or %c argument was not UTF-8
} wide_buffer_t;

// The formatter's UTF-8 output, decoded back into wide characters.
static void emit_decoded(void* ctx, const char* text, size_t length)
{
    wide_buffer_t* buffer = ctx;
    for (size_t i = 0; i < length && !buffer->invalid; i++)
    {
        uint32_t code;
        utf8_step_t step = _utf8_feed(&buffer->decoder, (unsigned char)text[i], &code);
        if (step == UTF8_ILLEGAL)
        {
            buffer->invalid = true;
        }
        else if (step == UTF8_DONE && buffer->room == 0)
        {
            buffer->overflowed = true;
        }
        else if (step == UTF8_DONE)
        {
            *buffer->dest++ = (wchar_t)code;
            buffer->room--;
        }
    }
}

int vswprintf(wchar_t* restrict dest, size_t size, const wchar_t* restrict fmt, va_list args)
{
    wide_buffer_t buffer = {dest, size > 0 ? size - 1 : 0, {0}, false, false};
    int length = _format_wide(emit_decoded, &buffer, fmt, args);
    if (size > 0)
    {
        *buffer.dest = 0;
    }
    // A character cut short at the end is no character either.
    if (buffer.invalid || buffer.decoder.remaining != 0)
    {
        errno = EILSEQ;
        return -1;
    }
    // Unlike snprintf, a result that does not fit is a failure (C17 7.29.2.3p3).
    return buffer.overflowed ? -1 : length;
}

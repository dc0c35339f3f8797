// The wide printf family on streams: the wide formatter's UTF-8 output is
// already the file's encoding, so it goes to the buffer as it is, checked
// on the way (a %s or %c argument may not be UTF-8).
#include "../../../src/wchar/format_wide.h"
#include "../../../src/wchar/utf8.h"
#include "file.h"

#include <errno.h>
#include <string.h>

typedef struct
{
    FILE* stream;
    utf8_decoder_t decoder;
    bool failed;
    bool newline;
} wide_stream_output_t;

static void emit_checked(void* ctx, const char* text, size_t length)
{
    wide_stream_output_t* out = ctx;
    if (out->failed)
    {
        return;
    }
    for (size_t i = 0; i < length; i++)
    {
        uint32_t code;
        if (_utf8_feed(&out->decoder, (unsigned char)text[i], &code) == UTF8_ILLEGAL)
        {
            errno = EILSEQ;
            out->stream->error = true;
            out->failed = true;
            return;
        }
    }
    out->newline = out->newline || memchr(text, '\n', length) != NULL;
    if (_file_write(out->stream, text, length) != length)
    {
        out->failed = true;
    }
}

int vfwprintf(FILE* restrict f, const wchar_t* restrict fmt, va_list args)
{
    unsigned char stage[512];
    wide_stream_output_t out = {f, {0}, false, false};
    _file_lock(f);
    _file_orient_wide(f);
    if (!_file_begin_write(f))
    {
        _file_unlock(f);
        return -1;
    }
    _file_stage(f, stage, sizeof(stage));
    int length = _format_wide(emit_checked, &out, fmt, args);
    if (out.decoder.remaining != 0 && !out.failed)
    {
        errno = EILSEQ;
        f->error = true;
        out.failed = true;
    }
    if (!_file_unstage(f) || !_file_end_write(f, out.newline))
    {
        out.failed = true;
    }
    _file_unlock(f);
    return out.failed || length < 0 ? -1 : length;
}

int vwprintf(const wchar_t* restrict fmt, va_list args)
{
    return vfwprintf(stdout, fmt, args);
}

int fwprintf(FILE* restrict f, const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vfwprintf(f, fmt, args);
    va_end(args);
    return length;
}

int wprintf(const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vfwprintf(stdout, fmt, args);
    va_end(args);
    return length;
}

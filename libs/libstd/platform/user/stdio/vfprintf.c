// The printf family on streams: the shared formatter (src/stdio/format.c)
// hands its pieces straight to the stream's buffer.
#include "../../../src/stdio/format.h"
#include "file.h"

#include <string.h>

typedef struct
{
    FILE* stream;
    bool failed;
    bool newline;
} stream_output_t;

static void emit_to_stream(void* ctx, const char* text, size_t length)
{
    stream_output_t* out = ctx;
    if (out->failed)
    {
        return;
    }
    if (!out->newline && memchr(text, '\n', length) != NULL)
    {
        out->newline = true;
    }
    if (_file_write(out->stream, text, length) != length)
    {
        out->failed = true;
    }
}

int vfprintf(FILE* restrict f, const char* restrict fmt, va_list args)
{
    // An unbuffered stream (stderr) still gets its text in one write when
    // it fits here: a message is not cut into pieces on the console.
    unsigned char stage[512];
    stream_output_t out = {f, false, false};
    _file_lock(f);
    if (!_file_begin_write(f))
    {
        _file_unlock(f);
        return -1;
    }
    _file_stage(f, stage, sizeof(stage));
    int length = _format(emit_to_stream, &out, fmt, args);
    if (!_file_unstage(f) || !_file_end_write(f, out.newline))
    {
        out.failed = true;
    }
    _file_unlock(f);
    return out.failed ? -1 : length;
}

int vprintf(const char* restrict fmt, va_list args)
{
    return vfprintf(stdout, fmt, args);
}

int fprintf(FILE* restrict f, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vfprintf(f, fmt, args);
    va_end(args);
    return length;
}

int printf(const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int length = vfprintf(stdout, fmt, args);
    va_end(args);
    return length;
}

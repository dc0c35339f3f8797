// The scanf family on streams: the shared scanner (src/stdio/scan.c)
// reads through the stream, and the byte it reads ahead and does not use
// goes back with ungetc's mechanism.
#include "../../../src/stdio/scan.h"
#include "file.h"

static int get_byte(void* ctx)
{
    return _file_getc(ctx);
}

static void unget_byte(void* ctx, int c)
{
    FILE* f = ctx;
    if (c != EOF && f->unget_count < FILE_UNGET_MAX)
    {
        f->unget[f->unget_count++] = (unsigned char)c;
    }
}

int vfscanf(FILE* restrict f, const char* restrict fmt, va_list args)
{
    scan_source_t source = {get_byte, unget_byte, f};
    _file_lock(f);
    int result = _scan(&source, fmt, args);
    _file_unlock(f);
    return result;
}

int vscanf(const char* restrict fmt, va_list args)
{
    return vfscanf(stdin, fmt, args);
}

int fscanf(FILE* restrict f, const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int result = vfscanf(f, fmt, args);
    va_end(args);
    return result;
}

int scanf(const char* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int result = vfscanf(stdin, fmt, args);
    va_end(args);
    return result;
}

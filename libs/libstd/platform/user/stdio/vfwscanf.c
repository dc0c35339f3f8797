// The wide scanf family on streams: the file holds UTF-8, which the
// scanner reads as it is; the bytes of a character it gives back go on
// ungetc's stack (four bytes, one character).
#include "../../../src/wchar/scan_wide.h"
#include "file.h"

#include <wchar.h>

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

int vfwscanf(FILE* restrict f, const wchar_t* restrict fmt, va_list args)
{
    scan_source_t source = {get_byte, unget_byte, f};
    _file_lock(f);
    _file_orient_wide(f);
    int result = _scan_wide(&source, fmt, args);
    _file_unlock(f);
    return result;
}

int vwscanf(const wchar_t* restrict fmt, va_list args)
{
    return vfwscanf(stdin, fmt, args);
}

int fwscanf(FILE* restrict f, const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int result = vfwscanf(f, fmt, args);
    va_end(args);
    return result;
}

int wscanf(const wchar_t* restrict fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int result = vfwscanf(stdin, fmt, args);
    va_end(args);
    return result;
}

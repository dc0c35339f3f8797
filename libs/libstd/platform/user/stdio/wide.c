// The wide-character functions' common parts: the text in the file is
// UTF-8, decoded and encoded one character at a time on the byte buffer.
#include "../../../src/wchar/utf8.h"
#include "../../../src/wchar/wide_input.h"
#include "file.h"

#include <errno.h>
#include <wchar.h>

static int get_byte(void* ctx)
{
    return _file_getc(ctx);
}

// The bytes of a character cut short go back on ungetc's stack, which the
// bytes just came from or has room for them (a character read in part is
// at most three bytes, and the stack holds four).
static void unget_byte(void* ctx, int c)
{
    FILE* f = ctx;
    if (f->unget_count < FILE_UNGET_MAX)
    {
        f->unget[f->unget_count++] = (unsigned char)c;
    }
}

wint_t _file_getwc(FILE* f)
{
    _file_orient_wide(f);
    wide_input_t input = {get_byte, unget_byte, f};
    uint32_t code;
    switch (_wide_input_read(&input, &code))
    {
    case WIDE_INPUT_OK:
        return (wint_t)code;
    case WIDE_INPUT_INVALID:
        errno = EILSEQ;
        f->error = true;
        return WEOF;
    default:
        return WEOF;
    }
}

wint_t _file_putwc(FILE* f, wchar_t c)
{
    _file_orient_wide(f);
    char bytes[UTF8_MAX];
    size_t length = _utf8_encode((uint32_t)c, bytes);
    if (length == 0)
    {
        errno = EILSEQ;
        f->error = true;
        return WEOF;
    }
    if (!_file_begin_write(f) || _file_write(f, bytes, length) != length)
    {
        return WEOF;
    }
    return (wint_t)c;
}

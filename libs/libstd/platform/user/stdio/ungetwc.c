#include "../../../src/wchar/utf8.h"
#include "file.h"

#include <wchar.h>

wint_t ungetwc(wint_t c, FILE* f)
{
    char bytes[UTF8_MAX];
    size_t length = c == WEOF ? 0 : _utf8_encode((uint32_t)c, bytes);
    if (length == 0)
    {
        return WEOF;
    }
    _file_lock(f);
    _file_orient_wide(f);
    wint_t result = WEOF;
    // The character goes back as its bytes, on ungetc's stack (last byte
    // first), and only whole.
    if (_file_begin_read(f) && f->unget_count + length <= FILE_UNGET_MAX)
    {
        while (length > 0)
        {
            f->unget[f->unget_count++] = (unsigned char)bytes[--length];
        }
        f->eof = false; // C17 7.29.3.10p5
        result = c;
    }
    _file_unlock(f);
    return result;
}

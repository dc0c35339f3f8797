#include "file.h"

#include <wchar.h>

wint_t fputwc(wchar_t c, FILE* f)
{
    _file_lock(f);
    wint_t result = _file_putwc(f, c);
    if (result != WEOF && !_file_end_write(f, c == L'\n'))
    {
        result = WEOF;
    }
    _file_unlock(f);
    return result;
}

wint_t putwc(wchar_t c, FILE* f)
{
    return fputwc(c, f);
}

wint_t putwchar(wchar_t c)
{
    return fputwc(c, stdout);
}

#include "file.h"

#include <wchar.h>

int fputws(const wchar_t* restrict str, FILE* restrict f)
{
    // As fputs: an unbuffered stream gets the string in one write when it fits.
    unsigned char stage[512];
    bool ok = true, newline = false;
    _file_lock(f);
    _file_orient_wide(f);
    if (!_file_begin_write(f))
    {
        _file_unlock(f);
        return -1;
    }
    _file_stage(f, stage, sizeof(stage));
    for (; *str != 0 && ok; str++)
    {
        ok = _file_putwc(f, *str) != WEOF;
        newline = newline || *str == L'\n';
    }
    if (!_file_unstage(f) || !_file_end_write(f, newline))
    {
        ok = false;
    }
    _file_unlock(f);
    return ok ? 0 : -1;
}

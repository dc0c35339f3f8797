#include "file.h"

#include <wchar.h>

wchar_t* fgetws(wchar_t* restrict dest, int size, FILE* restrict f)
{
    if (size <= 0)
    {
        return NULL;
    }
    _file_lock(f);
    int done = 0;
    bool failed = false;
    while (done < size - 1)
    {
        wint_t c = _file_getwc(f);
        if (c == WEOF)
        {
            // At the end, what was read is still a line; an error loses it.
            failed = f->error || done == 0;
            break;
        }
        dest[done++] = (wchar_t)c;
        if (c == L'\n')
        {
            break;
        }
    }
    _file_unlock(f);
    if (failed)
    {
        return NULL;
    }
    dest[done] = 0;
    return dest;
}

#include "file.h"

#include <wchar.h>

wint_t fgetwc(FILE* f)
{
    _file_lock(f);
    wint_t c = _file_getwc(f);
    _file_unlock(f);
    return c;
}

wint_t getwc(FILE* f)
{
    return fgetwc(f);
}

wint_t getwchar(void)
{
    return fgetwc(stdin);
}

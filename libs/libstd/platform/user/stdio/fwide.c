#include "file.h"

#include <wchar.h>

int fwide(FILE* f, int mode)
{
    _file_lock(f);
    if (mode > 0)
    {
        _file_orient_wide(f);
    }
    else if (mode < 0)
    {
        _file_orient_bytes(f);
    }
    int orientation = f->orientation;
    _file_unlock(f);
    return orientation;
}

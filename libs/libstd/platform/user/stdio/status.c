// The end-of-file and error indicators.
#include "file.h"

int feof(FILE* f)
{
    _file_lock(f);
    int result = f->eof;
    _file_unlock(f);
    return result;
}

int ferror(FILE* f)
{
    _file_lock(f);
    int result = f->error;
    _file_unlock(f);
    return result;
}

void clearerr(FILE* f)
{
    _file_lock(f);
    f->eof = false;
    f->error = false;
    _file_unlock(f);
}

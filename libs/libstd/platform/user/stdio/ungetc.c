#include "file.h"

int ungetc(int c, FILE* f)
{
    if (c == EOF)
    {
        return EOF;
    }
    _file_lock(f);
    int result = EOF;
    if (_file_begin_read(f) && f->unget_count < FILE_UNGET_MAX)
    {
        f->unget[f->unget_count++] = (unsigned char)c;
        f->eof = false; // C17 7.21.7.10p5
        result = (unsigned char)c;
    }
    _file_unlock(f);
    return result;
}

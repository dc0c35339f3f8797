#include "file.h"

int fgetc(FILE* f)
{
    _file_lock(f);
    int c = _file_getc(f);
    _file_unlock(f);
    return c;
}

int getc(FILE* f)
{
    return fgetc(f);
}

int getchar(void)
{
    return fgetc(stdin);
}

int getc_unlocked(FILE* f)
{
    return _file_getc(f);
}

int getchar_unlocked(void)
{
    return _file_getc(stdin);
}

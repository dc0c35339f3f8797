#include "file.h"

int putc_unlocked(int c, FILE* f)
{
    unsigned char byte = (unsigned char)c;
    if (f->state != FILE_WRITING && !_file_begin_write(f))
    {
        return EOF;
    }
    // The common case, a byte into a buffer with room, without a call.
    if (f->buffering == _IOFBF && f->end < f->size && !(f->flags & FILE_STAGING))
    {
        f->buffer[f->end++] = byte;
        return byte;
    }
    if (_file_write(f, &byte, 1) != 1 || !_file_end_write(f, byte == '\n'))
    {
        return EOF;
    }
    return byte;
}

int fputc(int c, FILE* f)
{
    _file_lock(f);
    int result = putc_unlocked(c, f);
    _file_unlock(f);
    return result;
}

int putc(int c, FILE* f)
{
    return fputc(c, f);
}

int putchar(int c)
{
    return fputc(c, stdout);
}

int putchar_unlocked(int c)
{
    return putc_unlocked(c, stdout);
}

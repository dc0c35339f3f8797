#include "file.h"

#include <errno.h>

long ftell(FILE* f)
{
    _file_lock(f);
    long result = -1;
    // Appended output lands at the end, wherever the descriptor is now:
    // only writing it out tells where the stream is.
    bool appending = f->flags & FILE_APPEND;
    if (f->state == FILE_WRITING && appending && _file_flush(f) != 0)
    {
        _file_unlock(f);
        return -1;
    }
    off_t offset = seek(f->fd, 0, SEEK_CUR);
    if (offset >= 0)
    {
        if (f->state == FILE_READING)
        {
            offset -= (off_t)_file_unread(f);
        }
        else if (f->state == FILE_WRITING)
        {
            offset += (off_t)f->end;
        }
        if (offset < 0)
        {
            errno = EINVAL; // ungetc at the very start (C17 7.21.7.10p5)
        }
        else
        {
            result = (long)offset;
        }
    }
    _file_unlock(f);
    return result;
}

int fgetpos(FILE* restrict f, fpos_t* restrict pos)
{
    long offset = ftell(f);
    if (offset < 0)
    {
        return -1;
    }
    pos->_offset = offset;
    return 0;
}

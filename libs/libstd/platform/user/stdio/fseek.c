#include "file.h"

#include <errno.h>

int fseek(FILE* f, long offset, int origin)
{
    if (origin != SEEK_SET && origin != SEEK_CUR && origin != SEEK_END)
    {
        errno = EINVAL;
        return -1;
    }
    _file_lock(f);
    int result = -1;
    if (_file_flush(f) == 0)
    {
        // The descriptor is ahead of the program by what it has not read.
        off_t target = offset;
        if (origin == SEEK_CUR)
        {
            target -= (off_t)_file_unread(f);
        }
        // Input is dropped only once the seek has worked: a stream that
        // cannot seek keeps it.
        if (seek(f->fd, target, origin) >= 0)
        {
            f->pos = f->end = 0;
            f->unget_count = 0;
            _file_set_state(f, FILE_IDLE);
            f->eof = false;
            result = 0;
        }
    }
    _file_unlock(f);
    return result;
}

void rewind(FILE* f)
{
    _file_lock(f);
    fseek(f, 0, SEEK_SET);
    f->error = false;
    _file_unlock(f);
}

int fsetpos(FILE* f, const fpos_t* pos)
{
    return fseek(f, (long)pos->_offset, SEEK_SET);
}

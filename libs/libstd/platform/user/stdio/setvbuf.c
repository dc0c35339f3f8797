#include "file.h"

#include <errno.h>
#include <stdlib.h>

int setvbuf(FILE* restrict f, char* restrict buf, int mode, size_t size)
{
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
    {
        errno = EINVAL;
        return -1;
    }
    _file_lock(f);
    // Buffered input would be lost with the buffer.
    if (_file_unread(f) > 0 || (f->state == FILE_WRITING && _file_flush(f) != 0))
    {
        _file_unlock(f);
        errno = EBUSY;
        return -1;
    }
    _file_set_state(f, FILE_IDLE);
    if (f->flags & FILE_OWN_BUFFER)
    {
        free(f->buffer);
        f->flags &= ~FILE_OWN_BUFFER;
    }
    f->buffering = mode;
    f->buffer = mode != _IONBF && size > 0 ? (unsigned char*)buf : NULL;
    f->size = size > 0 ? size : BUFSIZ;
    f->pos = f->end = 0;
    _file_unlock(f);
    return 0;
}

void setbuf(FILE* restrict f, char* restrict buf)
{
    setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

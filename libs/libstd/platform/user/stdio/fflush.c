#include "file.h"

#include <errno.h>

int fflush(FILE* f)
{
    if (f == NULL)
    {
        return _file_flush_all();
    }
    _file_lock(f);
    int result = 0;
    if (f->state == FILE_WRITING)
    {
        result = _file_flush(f);
    }
    else if (f->state == FILE_READING)
    {
        // Input is dropped only where the descriptor can be moved back
        // over it (POSIX); a pipe's would be lost for good, so it stays.
        int saved = errno;
        if (seek(f->fd, 0, SEEK_CUR) >= 0)
        {
            _file_drop_input(f);
        }
        errno = saved;
    }
    _file_unlock(f);
    return result;
}

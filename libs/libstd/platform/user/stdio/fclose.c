#include "file.h"

#include <stdlib.h>

int fclose(FILE* f)
{
    _file_lock(f);
    int result = _file_flush(f);
    // Leaves the descriptor where the program's reading stopped (POSIX),
    // for whoever else uses it.
    _file_drop_input(f);
    fd_t fd = f->fd;
    char* temporary = NULL; // tmpfile's name, removed once closed
    if (f->flags & FILE_REMOVE)
    {
        temporary = f->path;
        f->path = NULL;
        f->flags &= ~FILE_REMOVE;
    }
    _file_unlock(f);
    // Out of the list without holding the stream: the list's lock comes
    // first (streams.c).
    _file_free(f);
    if (fd >= 0 && close(fd) != 0)
    {
        result = EOF;
    }
    if (temporary != NULL)
    {
        remove(temporary);
        free(temporary);
    }
    return result;
}

// Making and freeing the FILE behind fopen, fdopen and tmpfile.
#include "file.h"

#include <stdlib.h>
#include <string.h>

FILE* _file_new(fd_t fd, unsigned flags)
{
    FILE* f = calloc(1, sizeof(FILE));
    if (f == NULL)
    {
        return NULL;
    }
    f->fd = fd;
    f->flags = flags;
    f->buffering = FILE_UNDECIDED;
    f->size = BUFSIZ; // allocated at the first input or output
    _file_register(f);
    return f;
}

void _file_free(FILE* f)
{
    _file_unregister(f);
    if (f->flags & FILE_OWN_BUFFER)
    {
        free(f->buffer);
    }
    free(f->path);
    if (f->flags & FILE_STATIC)
    {
        // Closed for good; the object stays (it is not ours to free).
        f->fd = -1;
        f->flags = FILE_STATIC;
        f->buffer = NULL;
        f->path = NULL;
        _file_set_state(f, FILE_IDLE);
        return;
    }
    free(f);
}

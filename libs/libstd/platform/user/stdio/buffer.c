// A stream's buffering and buffer, settled at its first input or output
// so that setvbuf can still choose them after fopen.
#include "file.h"

#include <errno.h>
#include <stdlib.h>

// The system cannot tell the console from a pipe, but both are streams
// that cannot seek, and files can: so "cannot seek" stands for
// "interactive" (line buffered), as far as it can be known.
static int interactive_buffering(fd_t fd)
{
    int saved = errno; // a failed seek is an answer here, not an error
    off_t offset = seek(fd, 0, SEEK_CUR);
    errno = saved;
    return offset >= 0 ? _IOFBF : _IOLBF;
}

void _file_setup(FILE* f)
{
    if (f->buffering == FILE_UNDECIDED)
    {
        f->buffering = interactive_buffering(f->fd);
    }
    if (f->buffering == _IONBF && !(f->flags & FILE_STAGING))
    {
        f->buffer = &f->tiny;
        f->size = 1;
        return;
    }
    if (f->buffer == NULL)
    {
        f->buffer = malloc(f->size);
        if (f->buffer == NULL)
        {
            f->buffering = _IONBF;
            f->buffer = &f->tiny;
            f->size = 1;
            return;
        }
        f->flags |= FILE_OWN_BUFFER;
    }
}

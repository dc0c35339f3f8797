#include "file.h"

#include <errno.h>
#include <stdlib.h>

// Start over as a stream that has done nothing yet, keeping its buffer.
static void reset(FILE* f, unsigned flags)
{
    f->flags = (f->flags & (FILE_STATIC | FILE_OWN_BUFFER | FILE_REMOVE)) | flags;
    f->pos = f->end = 0;
    f->unget_count = 0;
    f->eof = f->error = false;
    f->orientation = 0;
    _file_set_state(f, FILE_IDLE);
    // stderr stays unbuffered; the others decide again for the new file.
    if (f->buffering != _IONBF)
    {
        f->buffering = FILE_UNDECIDED;
    }
}

FILE* freopen(const char* restrict path, const char* restrict mode, FILE* restrict f)
{
    unsigned flags;
    const char* path_flags;
    bool exclusive;
    _file_lock(f);
    _file_flush(f); // C17 7.21.5.4p4: a failure here is ignored
    _file_drop_input(f);
    if (!_file_parse_mode(mode, &flags, &path_flags, &exclusive))
    {
        goto failed;
    }
    if (path == NULL)
    {
        // The descriptor cannot change what it allows; only the stream does.
        reset(f, flags);
        _file_unlock(f);
        return f;
    }
    fd_t fd = _file_open_path(path, path_flags, exclusive);
    if (fd == -1)
    {
        goto failed;
    }
    // Onto the old number, so that stdout stays descriptor 1 (what
    // spawned programs inherit).
    if (f->fd >= 0 && fd != f->fd)
    {
        if (dup2(fd, f->fd) == -1)
        {
            int saved = errno;
            close(fd);
            errno = saved;
            goto failed;
        }
        close(fd);
        fd = f->fd;
    }
    // A tmpfile's file is closed now (by dup2): its time to go.
    if (f->flags & FILE_REMOVE)
    {
        remove(f->path);
        free(f->path);
        f->path = NULL;
        f->flags &= ~FILE_REMOVE;
    }
    // A standard stream fclose took out of the list comes back to it.
    bool relist = f->fd < 0;
    f->fd = fd;
    reset(f, flags);
    _file_unlock(f);
    if (relist)
    {
        _file_register(f);
    }
    return f;

failed:;
    int saved = errno;
    _file_unlock(f);
    fclose(f);
    errno = saved;
    return NULL;
}

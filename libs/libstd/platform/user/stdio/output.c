// Output: the buffer fills up and goes out in as few writes as possible.
#include "file.h"

#include <errno.h>
#include <string.h>

// Write all of @p data, through as many write() calls as the descriptor
// needs (a pipe may take part of it); the number written.
static size_t write_all(FILE* f, const unsigned char* data, size_t length)
{
    if (f->flags & FILE_APPEND_SEEK)
    {
        seek(f->fd, 0, SEEK_END); // a descriptor that cannot seek just writes
    }
    size_t done = 0;
    while (done < length)
    {
        ssize_t written = write(f->fd, data + done, length - done);
        if (written <= 0)
        {
            if (written == 0)
            {
                errno = EIO; // a write that makes no progress would loop forever
            }
            f->error = true;
            break;
        }
        done += (size_t)written;
    }
    return done;
}

// Write out the buffer without leaving the writing state; what could not
// be written stays for the next try.
static int flush_pending(FILE* f)
{
    if (f->end == 0)
    {
        return 0;
    }
    size_t done = write_all(f, f->buffer, f->end);
    if (done < f->end)
    {
        memmove(f->buffer, f->buffer + done, f->end - done);
        f->end -= done;
        return EOF;
    }
    f->end = 0;
    return 0;
}

bool _file_begin_write(FILE* f)
{
    _file_orient_bytes(f);
    if (f->state == FILE_WRITING)
    {
        return true;
    }
    if (!(f->flags & FILE_WRITE))
    {
        errno = EBADF;
        f->error = true;
        return false;
    }
    _file_drop_input(f);
    if (f->buffer == NULL || f->buffering == FILE_UNDECIDED)
    {
        _file_setup(f);
    }
    f->pos = f->end = 0;
    _file_set_state(f, FILE_WRITING);
    return true;
}

size_t _file_write(FILE* f, const void* data, size_t length)
{
    if (f->buffering == _IONBF && !(f->flags & FILE_STAGING))
    {
        return write_all(f, data, length);
    }
    if (length <= f->size - f->end)
    {
        memcpy(f->buffer + f->end, data, length);
        f->end += length;
        return length;
    }
    if (flush_pending(f) != 0)
    {
        return 0;
    }
    // What would fill the buffer at least once goes out directly, not
    // copied through it.
    if (length >= f->size)
    {
        return write_all(f, data, length);
    }
    memcpy(f->buffer, data, length);
    f->end = length;
    return length;
}

int _file_flush(FILE* f)
{
    if (f->state != FILE_WRITING)
    {
        return 0;
    }
    if (flush_pending(f) != 0)
    {
        return EOF;
    }
    // Nothing left: fflush(NULL) and exit can pass this stream by.
    _file_set_state(f, FILE_IDLE);
    return 0;
}

bool _file_end_write(FILE* f, bool newline)
{
    if (f->state != FILE_WRITING)
    {
        return true;
    }
    if ((f->buffering == _IOLBF && newline) || f->end == 0)
    {
        return _file_flush(f) == 0;
    }
    return true;
}

void _file_stage(FILE* f, unsigned char* stage, size_t size)
{
    if (f->buffering != _IONBF || f->state != FILE_WRITING)
    {
        return;
    }
    f->flags |= FILE_STAGING;
    f->buffer = stage;
    f->size = size;
    f->end = 0;
}

bool _file_unstage(FILE* f)
{
    if (!(f->flags & FILE_STAGING))
    {
        return true;
    }
    // The stage is about to go away: what cannot be written now is lost,
    // as it would have been had each piece been written at once.
    int result = flush_pending(f);
    f->flags &= ~FILE_STAGING;
    f->buffer = &f->tiny;
    f->size = 1;
    f->end = 0;
    _file_set_state(f, FILE_IDLE);
    return result == 0;
}

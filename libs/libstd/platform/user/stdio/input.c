// Input: the buffer is refilled from the descriptor a buffer full at a time
// (a line at a time from the console, which gives whole lines).
#include "file.h"

#include <errno.h>

bool _file_begin_read(FILE* f)
{
    _file_orient_bytes(f);
    if (f->state == FILE_READING)
    {
        return true;
    }
    if (!(f->flags & FILE_READ))
    {
        errno = EBADF;
        f->error = true;
        return false;
    }
    if (_file_flush(f) != 0)
    {
        return false;
    }
    if (f->buffer == NULL || f->buffering == FILE_UNDECIDED)
    {
        _file_setup(f);
    }
    f->pos = f->end = 0;
    _file_set_state(f, FILE_READING);
    return true;
}

// C17 7.21.3p3: reading from an interactive stream first writes out the
// line-buffered output streams, so a prompt shows before the wait.
static void before_read(FILE* f)
{
    if (f->buffering != _IOFBF)
    {
        _file_flush_line_buffered();
    }
}

static void read_failed(FILE* f, ssize_t got)
{
    if (got == 0)
    {
        f->eof = true;
    }
    else
    {
        f->error = true;
    }
}

bool _file_refill(FILE* f)
{
    f->pos = f->end = 0;
    // End of file is sticky (C17 7.21.7.1): ^D on the console is not
    // followed by more reads unless the program clears it.
    if (f->eof)
    {
        return false;
    }
    before_read(f);
    ssize_t got = read(f->fd, f->buffer, f->size);
    if (got <= 0)
    {
        read_failed(f, got);
        return false;
    }
    f->end = (size_t)got;
    return true;
}

int _file_getc(FILE* f)
{
    if (f->state != FILE_READING && !_file_begin_read(f))
    {
        return EOF;
    }
    if (f->unget_count > 0)
    {
        return f->unget[--f->unget_count];
    }
    if (f->pos == f->end && !_file_refill(f))
    {
        return EOF;
    }
    return f->buffer[f->pos++];
}

size_t _file_read_direct(FILE* f, unsigned char* dest, size_t length)
{
    if (f->eof)
    {
        return 0;
    }
    before_read(f);
    size_t done = 0;
    while (done < length)
    {
        ssize_t got = read(f->fd, dest + done, length - done);
        if (got <= 0)
        {
            read_failed(f, got);
            break;
        }
        done += (size_t)got;
    }
    return done;
}

void _file_drop_input(FILE* f)
{
    if (f->state != FILE_READING)
    {
        return;
    }
    size_t unread = _file_unread(f);
    if (unread > 0)
    {
        // Where it cannot seek (a pipe), the bytes are lost: C asks for a
        // seek between reading and writing, which such a stream cannot do.
        int saved = errno;
        seek(f->fd, -(off_t)unread, SEEK_CUR);
        errno = saved;
    }
    f->pos = f->end = 0;
    f->unget_count = 0;
    _file_set_state(f, FILE_IDLE);
}

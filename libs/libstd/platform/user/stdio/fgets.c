#include "file.h"

#include <string.h>

char* fgets(char* restrict dest, int size, FILE* restrict f)
{
    if (size <= 0)
    {
        return NULL;
    }
    size_t room = (size_t)size - 1;
    size_t done = 0;
    bool line_ended = false;
    _file_lock(f);
    bool readable = _file_begin_read(f);
    bool error_before = f->error;
    while (readable && done < room && f->unget_count > 0 && !line_ended)
    {
        dest[done] = (char)f->unget[--f->unget_count];
        line_ended = dest[done++] == '\n';
    }
    while (readable && done < room && !line_ended)
    {
        if (f->pos == f->end && !_file_refill(f))
        {
            break;
        }
        // Up to the newline or what fits, one copy per buffer full.
        size_t n = f->end - f->pos;
        if (n > room - done)
        {
            n = room - done;
        }
        const unsigned char* newline = memchr(f->buffer + f->pos, '\n', n);
        if (newline != NULL)
        {
            n = (size_t)(newline - (f->buffer + f->pos)) + 1;
            line_ended = true;
        }
        memcpy(dest + done, f->buffer + f->pos, n);
        f->pos += n;
        done += n;
    }
    // C17 7.21.7.2p3: NULL on a read error, even after some bytes, and at
    // end of file before any byte.
    bool failed = !readable || (done == 0 && room > 0) || (f->error && !error_before);
    _file_unlock(f);
    if (failed)
    {
        return NULL;
    }
    dest[done] = '\0';
    return dest;
}

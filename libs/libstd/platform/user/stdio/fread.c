#include "file.h"

#include <string.h>

size_t fread(void* restrict dest, size_t size, size_t count, FILE* restrict f)
{
    if (size == 0 || count == 0)
    {
        return 0;
    }
    size_t total = size * count;
    if (total / count != size)
    {
        total = SIZE_MAX; // as much as can be read: the items will not fit anyway
    }
    unsigned char* out = dest;
    size_t done = 0;
    _file_lock(f);
    if (!_file_begin_read(f))
    {
        _file_unlock(f);
        return 0;
    }
    while (done < total && f->unget_count > 0)
    {
        out[done++] = f->unget[--f->unget_count];
    }
    while (done < total)
    {
        size_t available = f->end - f->pos;
        if (available > 0)
        {
            size_t n = available < total - done ? available : total - done;
            memcpy(out + done, f->buffer + f->pos, n);
            f->pos += n;
            done += n;
        }
        else if (total - done >= f->size)
        {
            // At least a buffer full is wanted: read it in place.
            done += _file_read_direct(f, out + done, total - done);
            break;
        }
        else if (!_file_refill(f))
        {
            break;
        }
    }
    _file_unlock(f);
    return done / size;
}

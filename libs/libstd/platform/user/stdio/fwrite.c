#include "file.h"

#include <string.h>

size_t fwrite(const void* restrict src, size_t size, size_t count, FILE* restrict f)
{
    if (size == 0 || count == 0)
    {
        return 0;
    }
    size_t total = size * count;
    if (total / count != size)
    {
        total = SIZE_MAX;
    }
    _file_lock(f);
    size_t done = 0;
    if (_file_begin_write(f))
    {
        done = _file_write(f, src, total);
        // The newline check only matters when it would flush.
        bool newline = f->buffering == _IOLBF && memchr(src, '\n', done) != NULL;
        if (!_file_end_write(f, newline) && done == total)
        {
            done = 0; // cannot tell how much got out: report the failure
        }
    }
    _file_unlock(f);
    return done / size;
}

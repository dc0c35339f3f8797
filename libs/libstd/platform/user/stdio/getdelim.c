#include "file.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Make *line hold at least @p needed bytes, doubling so that a long line
// costs few reallocations.
static bool reserve(char** line, size_t* size, size_t needed)
{
    if (needed <= *size)
    {
        return true;
    }
    size_t grown = *size > 0 ? *size : 128;
    while (grown < needed)
    {
        grown = grown > SIZE_MAX / 2 ? needed : grown * 2;
    }
    char* bigger = realloc(*line, grown);
    if (bigger == NULL)
    {
        return false;
    }
    *line = bigger;
    *size = grown;
    return true;
}

ssize_t getdelim(char** restrict line, size_t* restrict size, int delim, FILE* restrict f)
{
    if (line == NULL || size == NULL)
    {
        errno = EINVAL;
        return -1;
    }
    if (*line == NULL)
    {
        *size = 0;
    }
    unsigned char stop = (unsigned char)delim;
    size_t done = 0;
    bool ended = false;
    bool failed = false;
    _file_lock(f);
    bool error_before = f->error;
    if (!_file_begin_read(f))
    {
        _file_unlock(f);
        return -1;
    }
    while (!ended && !failed)
    {
        const unsigned char* from;
        size_t n;
        unsigned char pushed;
        if (f->unget_count > 0)
        {
            pushed = f->unget[--f->unget_count];
            from = &pushed;
            n = 1;
        }
        else
        {
            if (f->pos == f->end && !_file_refill(f))
            {
                break;
            }
            from = f->buffer + f->pos;
            n = f->end - f->pos;
        }
        const unsigned char* found = memchr(from, stop, n);
        if (found != NULL)
        {
            n = (size_t)(found - from) + 1;
            ended = true;
        }
        // Room for these bytes and the null byte.
        if (!reserve(line, size, done + n + 1))
        {
            errno = ENOMEM;
            f->error = true;
            failed = true;
            break;
        }
        memcpy(*line + done, from, n);
        done += n;
        if (from != &pushed)
        {
            f->pos += n;
        }
    }
    failed = failed || (f->error && !error_before);
    _file_unlock(f);
    if (failed || done == 0)
    {
        return -1;
    }
    (*line)[done] = '\0';
    return (ssize_t)done;
}

ssize_t getline(char** restrict line, size_t* restrict size, FILE* restrict f)
{
    return getdelim(line, size, '\n', f);
}

#include "file.h"

#include <string.h>

// Write @p str (and a newline if @p newline) as one call: an unbuffered
// stream gets one write, a line-buffered one at most one flush.
static int put_string(FILE* f, const char* str, bool newline)
{
    size_t length = strlen(str);
    unsigned char stage[256];
    _file_lock(f);
    int result = EOF;
    if (_file_begin_write(f))
    {
        _file_stage(f, stage, sizeof(stage));
        bool ok = _file_write(f, str, length) == length && (!newline || _file_write(f, "\n", 1) == 1);
        bool has_newline = newline || (f->buffering == _IOLBF && memchr(str, '\n', length) != NULL);
        ok = _file_unstage(f) && ok;
        ok = _file_end_write(f, has_newline) && ok;
        result = ok ? 0 : EOF;
    }
    _file_unlock(f);
    return result;
}

int fputs(const char* restrict str, FILE* restrict f)
{
    return put_string(f, str, false);
}

int puts(const char* str)
{
    return put_string(stdout, str, true);
}

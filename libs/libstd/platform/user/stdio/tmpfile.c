// tmpfile: a file with a name from _tmp_name, removed when the stream is
// closed or the program exits (streams.c).
#include "file.h"
#include "tmpname.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

FILE* tmpfile(void)
{
    char path[L_tmpnam];
    if (!_tmp_name(path))
    {
        return NULL;
    }
    fd_t fd = io_openf("%s?create&trunc", path);
    if (fd == -1)
    {
        return NULL;
    }
    FILE* f = _file_new(fd, FILE_READ | FILE_WRITE);
    size_t length = strlen(path) + 1;
    char* name = f != NULL ? malloc(length) : NULL;
    if (name == NULL)
    {
        if (f != NULL)
        {
            fclose(f);
        }
        else
        {
            close(fd);
        }
        remove(path);
        errno = ENOMEM;
        return NULL;
    }
    memcpy(name, path, length);
    f->path = name;
    f->flags |= FILE_REMOVE;
    return f;
}

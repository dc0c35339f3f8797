#include "file.h"

#include <errno.h>

FILE* fopen(const char* restrict path, const char* restrict mode)
{
    unsigned flags;
    const char* path_flags;
    bool exclusive;
    if (!_file_parse_mode(mode, &flags, &path_flags, &exclusive))
    {
        return NULL;
    }
    fd_t fd = _file_open_path(path, path_flags, exclusive);
    if (fd == -1)
    {
        return NULL;
    }
    FILE* f = _file_new(fd, flags);
    if (f == NULL)
    {
        int saved = errno;
        close(fd);
        errno = saved;
    }
    return f;
}

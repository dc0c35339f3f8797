#include "dir.h"

#include <errno.h>
#include <stdlib.h>

DIR* fdopendir(int fd)
{
    stat_t info;
    if (io_fstat(fd, &info) == -1)
    {
        return NULL; // EBADF
    }
    if (info.type != STAT_DIR)
    {
        errno = ENOTDIR;
        return NULL;
    }
    DIR* dir = malloc(sizeof(DIR));
    if (dir == NULL)
    {
        return NULL;
    }
    dir->fd = fd;
    dir->count = 0;
    dir->next = 0;
    return dir;
}

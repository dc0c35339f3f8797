#include "../fcntl/fd_table.h"
#include "dir.h"

#include <stdlib.h>

DIR* fdopendir(int fd)
{
    if (_fd_check(fd) == -1)
    {
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

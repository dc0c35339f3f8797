#include "dir.h"

#include <errno.h>

int dirfd(DIR* dir)
{
    if (dir == NULL)
    {
        errno = EINVAL;
        return -1;
    }
    return dir->fd;
}

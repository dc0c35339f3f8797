#include "dir.h"

#include <errno.h>
#include <stdlib.h>

int closedir(DIR* dir)
{
    if (dir == NULL)
    {
        errno = EBADF;
        return -1;
    }
    int result = close(dir->fd);
    free(dir);
    return result;
}

#include "dir.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

DIR* opendir(const char* path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd == -1)
    {
        return NULL;
    }
    DIR* dir = fdopendir(fd);
    if (dir == NULL)
    {
        int error = errno;
        close(fd);
        errno = error;
    }
    return dir;
}

#include "stat_convert.h"

#include <errno.h>

int fstat(int fd, struct stat* info)
{
    if (info == NULL)
    {
        errno = EFAULT;
        return -1;
    }
    stat_t native;
    if (io_fstat(fd, &native) == -1)
    {
        return -1;
    }
    _stat_convert(&native, info);
    return 0;
}

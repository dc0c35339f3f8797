#include "stat_convert.h"

#include <errno.h>

int stat(const char* restrict path, struct stat* restrict info)
{
    if (info == NULL)
    {
        errno = EFAULT;
        return -1;
    }
    stat_t native;
    if (io_stat(path, &native) == -1)
    {
        return -1;
    }
    _stat_convert(&native, info);
    return 0;
}

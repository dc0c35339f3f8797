#include "stat_convert.h"

#include <string.h>

#define BLOCK 512

// The st_mode type of a native type; unknown kinds are devices.
static mode_t stat_type(uint32_t type)
{
    switch (type)
    {
    case STAT_FILE:
        return S_IFREG;
    case STAT_DIR:
        return S_IFDIR;
    case STAT_PIPE:
        return S_IFIFO;
    default: // STAT_CONSOLE, STAT_DEVICE and kinds still to come
        return S_IFCHR;
    }
}

void _stat_convert(const stat_t* native, struct stat* info)
{
    memset(info, 0, sizeof(*info));
    info->st_mode = stat_type(native->type) | 0777;
    info->st_nlink = 1;
    info->st_size = native->type == STAT_FILE ? (off_t)native->size : 0;
    info->st_blksize = 4096;
    info->st_blocks = (info->st_size + BLOCK - 1) / BLOCK;
}

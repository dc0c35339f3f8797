#include "dir.h"

#include <errno.h>
#include <string.h>

static unsigned char readdir_type(uint32_t type)
{
    switch (type)
    {
    case STAT_FILE:
        return DT_REG;
    case STAT_DIR:
        return DT_DIR;
    case STAT_PIPE:
        return DT_FIFO;
    default:
        return DT_CHR; // sys/stat.h: every other kind reads as a device
    }
}

struct dirent* readdir(DIR* dir)
{
    if (dir == NULL)
    {
        errno = EBADF;
        return NULL;
    }
    if (dir->next == dir->count)
    {
        ssize_t got = io_readdir(dir->fd, dir->batch, DIR_BATCH);
        if (got <= 0)
        {
            return NULL; // the end (errno untouched) or an error (set)
        }
        dir->count = (size_t)got;
        dir->next = 0;
    }
    const stat_t* native = &dir->batch[dir->next++];
    dir->entry.d_ino = 0;
    dir->entry.d_type = readdir_type(native->type);
    memcpy(dir->entry.d_name, native->name, sizeof(dir->entry.d_name));
    dir->entry.d_name[sizeof(dir->entry.d_name) - 1] = '\0';
    return &dir->entry;
}

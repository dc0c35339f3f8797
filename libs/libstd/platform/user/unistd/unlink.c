// unlink(): remove() takes directories too; POSIX's unlink does not.
#include <errno.h>
#include <sys/io.h>
#include <unistd.h>

int unlink(const char* path)
{
    stat_t info;
    if (io_stat(path, &info) == -1)
    {
        return -1;
    }
    if (info.type == STAT_DIR)
    {
        errno = EISDIR;
        return -1;
    }
    return remove(path);
}

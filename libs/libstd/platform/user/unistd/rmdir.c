// rmdir(): remove() takes files too; POSIX's rmdir does not.
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/io.h>
#include <unistd.h>

// Whether the last component of @p path is "." (trailing slashes aside).
static bool rmdir_ends_in_dot(const char* path)
{
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
    {
        length--;
    }
    return length >= 1 && path[length - 1] == '.' && (length == 1 || path[length - 2] == '/' || path[length - 2] == ':');
}

int rmdir(const char* path)
{
    stat_t info;
    if (io_stat(path, &info) == -1)
    {
        return -1;
    }
    if (info.type != STAT_DIR)
    {
        errno = ENOTDIR;
        return -1;
    }
    // The kernel resolves "d/." to "d"; POSIX wants "." refused.
    if (rmdir_ends_in_dot(path))
    {
        errno = EINVAL;
        return -1;
    }
    return remove(path);
}

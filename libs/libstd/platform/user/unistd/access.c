// access(): no permissions exist, so a file that exists is usable in
// every way (unistd.h).
#include <errno.h>
#include <sys/io.h>
#include <unistd.h>

int access(const char* path, int mode)
{
    if ((mode & ~(R_OK | W_OK | X_OK)) != 0)
    {
        errno = EINVAL;
        return -1;
    }
    stat_t info;
    return io_stat(path, &info) == -1 ? -1 : 0;
}

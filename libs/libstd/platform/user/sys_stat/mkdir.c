#include <sys/io.h>
#include <sys/stat.h>

int mkdir(const char* path, mode_t mode)
{
    (void)mode; // no permissions
    return io_mkdir(path);
}

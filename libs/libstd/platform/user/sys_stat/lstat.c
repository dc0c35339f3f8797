#include <sys/stat.h>

int lstat(const char* restrict path, struct stat* restrict info)
{
    return stat(path, info);
}

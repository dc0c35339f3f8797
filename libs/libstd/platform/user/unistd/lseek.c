#include <sys/io.h>
#include <unistd.h>

off_t lseek(int fd, off_t offset, int origin)
{
    return seek(fd, offset, origin);
}

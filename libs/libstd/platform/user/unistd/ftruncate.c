#include <sys/io.h>
#include <unistd.h>

int ftruncate(int fd, off_t length)
{
    return io_truncate(fd, length);
}

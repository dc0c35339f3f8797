// isatty(): the console is the only terminal (sys/io.h's STAT_CONSOLE).
#include <errno.h>
#include <sys/io.h>
#include <unistd.h>

int isatty(int fd)
{
    stat_t info;
    if (io_fstat(fd, &info) == -1)
    {
        return 0; // io_fstat set EBADF
    }
    if (info.type != STAT_CONSOLE)
    {
        errno = ENOTTY;
        return 0;
    }
    return 1;
}

#include "../fcntl/fd_table.h"

#include <fcntl.h>
#include <sys/io.h>
#include <unistd.h>

int pipe(int fds[2])
{
    if (io_open2("sys:/pipe/new", fds) == -1)
    {
        return -1;
    }
    _fd_record(fds[0], O_RDONLY);
    _fd_record(fds[1], O_WRONLY);
    return 0;
}

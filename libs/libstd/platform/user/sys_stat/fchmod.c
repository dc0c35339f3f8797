#include "../fcntl/fd_table.h"

#include <sys/stat.h>

int fchmod(int fd, mode_t mode)
{
    (void)mode; // no permissions: only the descriptor is checked
    return _fd_check(fd);
}

#include "cwd.h"

#include <stdio.h>
#include <string.h>
#include <sys/proc.h>

const char* cwd_get(void)
{
    static char path[MAX_PATH + 1];
    fd_t fd = io_openf("sys:/proc/%lld/cwd", (long long)process_id());
    ssize_t length = fd != -1 ? read(fd, path, MAX_PATH) : -1;
    if (fd != -1)
    {
        close(fd);
    }
    if (length <= 0)
    {
        return "?";
    }
    path[length] = '\0';
    path[strcspn(path, "\n")] = '\0';
    return path;
}

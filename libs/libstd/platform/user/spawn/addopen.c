#include "spawn_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* restrict actions, int fd,
                                     const char* restrict path, int flags, mode_t mode)
{
    (void)mode; // no permissions
    if (fd < 0 || fd >= MAX_FD)
    {
        return EBADF;
    }
    struct libstd_spawn_action action = {.kind = SPAWN_OPEN, .fd = fd, .flags = flags, .path = strdup(path)};
    if (action.path == NULL)
    {
        return ENOMEM;
    }
    int result = _spawn_action_add(actions, &action);
    if (result != 0)
    {
        free(action.path);
    }
    return result;
}

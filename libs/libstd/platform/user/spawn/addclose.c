#include "spawn_internal.h"

#include <errno.h>
#include <sys/io.h>

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* actions, int fd)
{
    if (fd < 0 || fd >= MAX_FD)
    {
        return EBADF;
    }
    struct libstd_spawn_action action = {.kind = SPAWN_CLOSE, .fd = fd};
    return _spawn_action_add(actions, &action);
}

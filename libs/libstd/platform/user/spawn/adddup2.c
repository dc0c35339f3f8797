#include "spawn_internal.h"

#include <errno.h>
#include <sys/io.h>

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* actions, int fd, int target)
{
    if (fd < 0 || fd >= MAX_FD || target < 0 || target >= MAX_FD)
    {
        return EBADF;
    }
    struct libstd_spawn_action action = {.kind = SPAWN_DUP2, .fd = target, .source = fd};
    return _spawn_action_add(actions, &action);
}

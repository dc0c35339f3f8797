// posix_spawn's file actions (private).
#ifndef _LIBSTD_SPAWN_INTERNAL_H
#define _LIBSTD_SPAWN_INTERNAL_H 1

#include <spawn.h>

typedef enum
{
    SPAWN_OPEN,
    SPAWN_DUP2,
    SPAWN_CLOSE,
} spawn_action_kind_t;

struct libstd_spawn_action
{
    spawn_action_kind_t kind;
    int fd;     /**< the child's descriptor the action sets or closes */
    int source; /**< SPAWN_DUP2: the child's descriptor copied */
    int flags;  /**< SPAWN_OPEN: open()'s flags */
    char* path; /**< SPAWN_OPEN: a copy of the path */
};

/** Append @p action to @p actions: 0 or ENOMEM. */
int _spawn_action_add(posix_spawn_file_actions_t* actions, const struct libstd_spawn_action* action);

#endif

// The list behind posix_spawn_file_actions_t: init, destroy and adding.
#include "spawn_internal.h"

#include <errno.h>
#include <stdlib.h>

int posix_spawn_file_actions_init(posix_spawn_file_actions_t* actions)
{
    actions->count = 0;
    actions->capacity = 0;
    actions->actions = NULL;
    return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* actions)
{
    for (int i = 0; i < actions->count; i++)
    {
        free(actions->actions[i].path);
    }
    free(actions->actions);
    actions->count = 0;
    actions->capacity = 0;
    actions->actions = NULL;
    return 0;
}

int _spawn_action_add(posix_spawn_file_actions_t* actions, const struct libstd_spawn_action* action)
{
    if (actions->count == actions->capacity)
    {
        int capacity = actions->capacity == 0 ? 4 : actions->capacity * 2;
        struct libstd_spawn_action* grown = realloc(actions->actions, (size_t)capacity * sizeof(*grown));
        if (grown == NULL)
        {
            return ENOMEM;
        }
        actions->actions = grown;
        actions->capacity = capacity;
    }
    actions->actions[actions->count++] = *action;
    return 0;
}

// posix_spawn(): the child's descriptor table is worked out in the
// caller (spawn.h), then handed to the native spawn() as a list.
#include "../fcntl/fd_table.h"
#include "spawn_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/proc.h>

// The child's table: for each of its descriptors, ours (-1: none), and
// the descriptors addopen actions opened here, to close afterwards.
typedef struct
{
    fd_t map[MAX_FD];
    fd_t opened[MAX_FD];
    int opened_count;
} spawn_table_t;

// Start from our open descriptors without FD_CLOEXEC (one poll finds them).
static void spawn_table_inherit(spawn_table_t* table)
{
    pollfd_t probes[MAX_FD];
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        probes[fd] = (pollfd_t){.fd = fd, .events = 0, .revents = 0};
    }
    bool polled = io_poll(probes, MAX_FD, 0) != -1;
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        bool open = polled && !(probes[fd].revents & POLL_INVALID);
        table->map[fd] = open && !_fd_cloexec(fd) ? fd : -1;
    }
    table->opened_count = 0;
}

// Apply one action; 0 or an error number.
static int spawn_table_apply(spawn_table_t* table, const struct libstd_spawn_action* action)
{
    switch (action->kind)
    {
    case SPAWN_OPEN:
    {
        fd_t fd = open(action->path, action->flags, 0);
        if (fd == -1)
        {
            return errno;
        }
        table->opened[table->opened_count++] = fd;
        table->map[action->fd] = fd;
        return 0;
    }
    case SPAWN_DUP2:
        if (table->map[action->source] == -1)
        {
            return EBADF;
        }
        table->map[action->fd] = table->map[action->source];
        return 0;
    case SPAWN_CLOSE:
        table->map[action->fd] = -1;
        return 0;
    }
    return EINVAL;
}

// The native list for the table (MAX_FD + 1 entries).
static void spawn_table_list(const spawn_table_t* table, spawn_fd_t* list)
{
    size_t count = 0;
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        if (table->map[fd] != -1)
        {
            list[count++] = (spawn_fd_t){.child = fd, .parent = table->map[fd]};
        }
    }
    list[count] = SPAWN_FD_END;
}

// Start @p path with argv[1...] after it; 0 or an error number.
static int spawn_start(pid_t* pid, const char* path, char* const argv[], char* const envp[], const spawn_fd_t* list)
{
    size_t argc = 0;
    while (argv[argc] != NULL)
    {
        argc++;
    }
    // The native argv names the program first (spawn.h).
    const char** native = malloc((argc + 2) * sizeof(char*));
    if (native == NULL)
    {
        return ENOMEM;
    }
    native[0] = path;
    for (size_t i = 1; i <= argc; i++)
    {
        native[i] = argc > 0 ? argv[i] : NULL;
    }
    native[argc > 0 ? argc : 1] = NULL;
    pid_t child = spawn_env(native, (const char* const*)envp, list, NULL, PRIORITY_INHERIT);
    int error = errno;
    free(native);
    if (child == -1)
    {
        return error;
    }
    if (pid != NULL)
    {
        *pid = child;
    }
    return 0;
}

int posix_spawn(pid_t* restrict pid, const char* restrict path, const posix_spawn_file_actions_t* actions,
                const posix_spawnattr_t* restrict attributes, char* const argv[restrict],
                char* const envp[restrict])
{
    (void)attributes; // every accepted flag needs nothing (spawn.h)
    if (path == NULL || argv == NULL)
    {
        return EINVAL;
    }
    spawn_table_t table;
    spawn_table_inherit(&table);
    int error = 0;
    for (int i = 0; actions != NULL && i < actions->count && error == 0; i++)
    {
        error = spawn_table_apply(&table, &actions->actions[i]);
    }
    if (error == 0)
    {
        spawn_fd_t list[MAX_FD + 1];
        spawn_table_list(&table, list);
        error = spawn_start(pid, path, argv, envp, list);
    }
    for (int i = 0; i < table.opened_count; i++)
    {
        close(table.opened[i]);
    }
    return error;
}

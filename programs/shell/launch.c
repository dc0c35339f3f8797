#include "launch.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>
#include <sys/proc.h>

pid_t launch_program(char** argv, const fd_map_t* map, arena_t* arena, int* status)
{
    const char* name = argv[0];
    char path[MAX_PATH];
    if (spawn_lookup(name, path, sizeof(path)) == -1)
    {
        shell_error(errno == ENAMETOOLONG ? "%s: not found (name too long)" : "%s: not found", name);
        *status = STATUS_NOT_FOUND;
        return -1;
    }
    // spawn() takes the program from argv[0], so the program gets the
    // path it was started from there, as the kernel's processes do.
    int argc = 0;
    while (argv[argc] != NULL)
    {
        argc++;
    }
    const char** spawn_argv = arena_alloc(arena, (size_t)(argc + 1) * sizeof(char*));
    spawn_argv[0] = path;
    for (int i = 1; i <= argc; i++)
    {
        spawn_argv[i] = argv[i];
    }
    spawn_fd_t fds[FD_MAP_SIZE + 1];
    redirect_spawn_list(map, fds);
    pid_t pid = spawn(spawn_argv, fds, NULL, PRIORITY_INHERIT);
    if (pid != -1)
    {
        return pid;
    }
    if (errno == ENOENT || errno == ENOTDIR)
    {
        shell_error("%s: not found", name);
        *status = STATUS_NOT_FOUND;
    }
    else
    {
        shell_error("%s: cannot run: %s", name, strerror(errno));
        *status = STATUS_CANNOT_RUN;
    }
    return -1;
}

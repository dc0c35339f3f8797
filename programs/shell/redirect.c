#include "redirect.h"

#include "expand.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/io.h>

// Whether the shell's own descriptor @p fd (0, 1 or 2) is open: a shell
// started without one must not hand it on, or spawn() fails.
static bool redirect_standard_open(fd_t fd)
{
    static int known[3]; // 0: not asked yet, 1: open, -1: not open
    if (known[fd] == 0)
    {
        pollfd_t probe = {.fd = fd, .events = 0, .revents = 0};
        known[fd] = io_poll(&probe, 1, 0) != -1 && !(probe.revents & POLL_INVALID) ? 1 : -1;
    }
    return known[fd] == 1;
}

void redirect_init(fd_map_t* map, fd_t in, fd_t out, fd_t err)
{
    fd_t given[3] = {in, out, err};
    for (int i = 0; i < FD_MAP_SIZE; i++)
    {
        map->fds[i] = -1;
    }
    for (int i = 0; i < 3; i++)
    {
        map->fds[i] = given[i] > 2 || redirect_standard_open(given[i]) ? given[i] : -1;
    }
    map->opened_count = 0;
}

// Open @p path for a redirection of @p kind; the flags go after any the
// user wrote ("log?nonblock" works).
static fd_t redirect_open(const char* path, redirect_kind_t kind)
{
    const char* flags = kind == REDIRECT_OUTPUT ? "create&trunc" : kind == REDIRECT_APPEND ? "create&append" : NULL;
    if (flags == NULL)
    {
        return io_open(path);
    }
    char full[MAX_PATH];
    if (snprintf(full, sizeof(full), "%s%c%s", path, strchr(path, '?') != NULL ? '&' : '?', flags) >=
        (int)sizeof(full))
    {
        errno = ENAMETOOLONG;
        return -1;
    }
    return io_open(full);
}

// N<&M or N>&M: N becomes what M is now; "-" closes N.
static bool redirect_duplicate(fd_map_t* map, const redirect_t* redirect, const char* target)
{
    if (strcmp(target, "-") == 0)
    {
        map->fds[redirect->fd] = -1;
        return true;
    }
    int source = -1;
    if (target[0] >= '0' && target[0] <= '9' && target[1] == '\0')
    {
        source = target[0] - '0';
    }
    if (source < 0 || map->fds[source] == -1)
    {
        shell_error("%s: bad file descriptor", target);
        return false;
    }
    map->fds[redirect->fd] = map->fds[source];
    return true;
}

bool redirect_apply(fd_map_t* map, const shell_t* shell, const redirect_t* redirects, arena_t* arena)
{
    for (const redirect_t* redirect = redirects; redirect != NULL; redirect = redirect->next)
    {
        if (redirect->fd >= FD_MAP_SIZE)
        {
            shell_error("%d: bad file descriptor (0 to %d can be redirected)", redirect->fd, FD_MAP_SIZE - 1);
            return false;
        }
        const char* target = expand_single(shell, &redirect->target, arena);
        if (target == NULL)
        {
            return false;
        }
        if (redirect->kind == REDIRECT_DUP_INPUT || redirect->kind == REDIRECT_DUP_OUTPUT)
        {
            if (!redirect_duplicate(map, redirect, target))
            {
                return false;
            }
            continue;
        }
        if (map->opened_count == FD_MAP_OPENED_MAX)
        {
            shell_error("too many redirections");
            return false;
        }
        fd_t fd = redirect_open(target, redirect->kind);
        if (fd == -1)
        {
            shell_error("cannot open %s: %s", target, strerror(errno));
            return false;
        }
        map->opened[map->opened_count++] = fd;
        map->fds[redirect->fd] = fd;
    }
    return true;
}

void redirect_release(fd_map_t* map)
{
    for (size_t i = 0; i < map->opened_count; i++)
    {
        close(map->opened[i]);
    }
    map->opened_count = 0;
}

void redirect_spawn_list(const fd_map_t* map, spawn_fd_t list[FD_MAP_SIZE + 1])
{
    size_t count = 0;
    for (int i = 0; i < FD_MAP_SIZE; i++)
    {
        if (map->fds[i] != -1)
        {
            list[count++] = (spawn_fd_t){i, map->fds[i]};
        }
    }
    list[count] = SPAWN_FD_END;
}

// The descriptors a child keeps, by kind. Only descriptors in this table
// are ever closed, read or written by number: the console the child
// writes its diagnostics to, and libstd's own (the note handler's ctl
// file), are never touched.
#include "child.h"

#define FD_KEEP_MAX (MAX_FD - 12) // leave room for libstd and the operations' own opens

void fd_keep(child_t* child, fd_t fd, fd_kind_t kind, bool nonblock)
{
    if (fd < 0 || fd >= MAX_FD)
    {
        return;
    }
    child->fds[fd] = (fd_entry_t){.open = true, .kind = (uint8_t)kind, .nonblock = nonblock};
}

void fd_drop(child_t* child, fd_t fd)
{
    if (fd < 0 || fd >= MAX_FD || !child->fds[fd].open)
    {
        return;
    }
    close(fd);
    child->fds[fd] = (fd_entry_t){.closed_before = true};
}

fd_t fd_pick(child_t* child, rng_t* rng, fd_kind_t kind)
{
    fd_t candidates[MAX_FD];
    int count = 0;
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        if (child->fds[fd].open && (kind == FD_ANY || child->fds[fd].kind == kind))
        {
            candidates[count++] = fd;
        }
    }
    return count == 0 ? -1 : candidates[rng_below(rng, (uint64_t)count)];
}

fd_t fd_hostile(child_t* child, rng_t* rng)
{
    static const fd_t invalid[] = {-1, -2, MAX_FD, MAX_FD + 1, 1000, 0x7fffffff, (fd_t)0x80000000};
    unsigned pick = (unsigned)rng_below(rng, 100);
    if (pick < 75)
    {
        fd_t fd = fd_pick(child, rng, FD_ANY);
        if (fd != -1)
        {
            return fd;
        }
    }
    if (pick < 90)
    {
        for (int tries = 0; tries < 8; tries++)
        {
            fd_t fd = (fd_t)rng_below(rng, MAX_FD);
            if (child->fds[fd].closed_before)
            {
                return fd;
            }
        }
    }
    return invalid[rng_below(rng, sizeof(invalid) / sizeof(invalid[0]))];
}

int fd_count(const child_t* child)
{
    int count = 0;
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        count += child->fds[fd].open;
    }
    return count;
}

void fd_trim(child_t* child, rng_t* rng)
{
    while (fd_count(child) > FD_KEEP_MAX)
    {
        fd_drop(child, fd_pick(child, rng, FD_ANY));
    }
}

// Local sockets: handles made and closed, ctl commands in every state
// (valid, repeated, out of order, malformed), and whole connections used
// and torn down in random orders.
#include "ops.h"
#include "socket_util.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char* const socket_verbs[] = {"bind ", "listen", "connect ", "bind", "connect", "accept", NULL};

// The id of a socket handle we keep (reading it gives the id), or 0.
static uint64_t socket_kept_id(child_t* child, rng_t* rng, fd_t* handle)
{
    *handle = fd_pick(child, rng, FD_SOCKET);
    if (*handle == -1)
    {
        return 0;
    }
    char text[32];
    seek(*handle, 0, SEEK_SET);
    ssize_t got = read(*handle, text, sizeof(text) - 1);
    if (got <= 0)
    {
        return 0;
    }
    text[got] = '\0';
    return strtoull(text, NULL, 10);
}

void op_socket_new(child_t* child, rng_t* rng)
{
    static const char* const flags[] = {"", "?nonblock", "?dir", "?create", "?nonblock&nonblock", "?trunc"};
    uint64_t id;
    fd_t handle = socket_open(flags[rng_below(rng, sizeof(flags) / sizeof(flags[0]))], &id);
    if (handle == -1)
    {
        return;
    }
    // Its files, opened and kept (they outlive the handle, uselessly).
    static const char* const files[] = {"ctl", "data", "accept?nonblock", "ctl?nonblock", "nosuch", "data?dir"};
    for (int i = (int)rng_below(rng, 3); i > 0; i--)
    {
        const char* name = files[rng_below(rng, sizeof(files) / sizeof(files[0]))];
        fd_t fd = socket_file(id, name);
        if (fd != -1)
        {
            fd_keep(child, fd, strncmp(name, "ctl", 3) == 0 ? FD_SOCKET_CTL : FD_SOCKET_IO, true);
        }
    }
    fd_keep(child, handle, FD_SOCKET, false);
    if (rng_chance(rng, 40))
    {
        fd_drop(child, handle);
    }
}

void op_socket_ctl(child_t* child, rng_t* rng)
{
    fd_t handle;
    uint64_t id = socket_kept_id(child, rng, &handle);
    fd_t ctl = id != 0 && rng_chance(rng, 60) ? socket_file(id, "ctl") : fd_pick(child, rng, FD_SOCKET_CTL);
    bool temporary = id != 0 && ctl != -1 && !child->fds[ctl].open;
    if (ctl == -1)
    {
        return;
    }
    char valid[32], name[80], command[160];
    snprintf(valid, sizeof(valid), "fz%llx-%u", (unsigned long long)(child->seed & 0xffffff), (unsigned)rng_below(rng, 4));
    text_socket_name(rng, valid, name, sizeof(name));
    for (int i = (int)rng_range(rng, 1, 4); i > 0; i--)
    {
        size_t length = text_ctl_command(rng, socket_verbs, name, command, sizeof(command));
        write(ctl, command, length);
    }
    if (id != 0 && rng_chance(rng, 30))
    {
        fd_t accepted = socket_file(id, "accept?nonblock");
        if (accepted != -1)
        {
            fd_keep(child, accepted, FD_SOCKET_IO, true);
        }
    }
    if (temporary)
    {
        close(ctl);
    }
}

// A whole connection: listener, client, accepted end; bytes both ways;
// then everything closed in a random order.
void op_socket_pair(child_t* child, rng_t* rng)
{
    char name[64];
    child_unique_name(child, "fp", name, sizeof(name));
    uint64_t listener_id, client_id;
    fd_t listener = socket_listener(name, &listener_id);
    if (listener == -1)
    {
        return;
    }
    fd_t fds[5] = {listener, -1, -1, -1, -1};
    fds[1] = socket_open("?nonblock", &client_id); // blocking reads are the races' and victims' business
    if (fds[1] != -1)
    {
        fds[2] = socket_file(client_id, "ctl");
        char command[96];
        snprintf(command, sizeof(command), "connect %s", name);
        if (fds[2] != -1 && socket_command(fds[2], command) == 0)
        {
            fds[3] = socket_file(listener_id, "accept?nonblock");
            fds[4] = socket_file(client_id, "data?nonblock");
        }
    }
    for (int i = (int)rng_range(rng, 0, 6); i > 0; i--)
    {
        fd_t fd = fds[3 + rng_below(rng, 2)];
        size_t length = rng_chance(rng, 80) ? rng_range(rng, 0, 3000) : rng_range(rng, 60000, 70000);
        if (rng_chance(rng, 50))
        {
            write(fd, child->sandbox.scratch, length);
        }
        else
        {
            read(fd, child->sandbox.scratch, length);
        }
    }
    // Close in a random order; what is left open is kept (closed later).
    for (int i = 0; i < 5; i++)
    {
        int j = i + (int)rng_below(rng, (uint64_t)(5 - i));
        fd_t swap = fds[i];
        fds[i] = fds[j];
        fds[j] = swap;
    }
    for (int i = 0; i < 5; i++)
    {
        if (fds[i] != -1 && (rng_chance(rng, 80) || !child_allows(child, FAM_FILES)))
        {
            close(fds[i]);
        }
        else if (fds[i] != -1)
        {
            fd_keep(child, fds[i], FD_SOCKET_IO, false);
        }
    }
}

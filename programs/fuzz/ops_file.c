// Descriptors through the wrappers of sys/io.h: open, open2, close, read,
// write, seek, poll, dup and dup2, with hostile paths, buffers, lengths
// and descriptor numbers.
#include "ops.h"
#include "text.h"

#include <string.h>

static const char* const ctl_verbs[] = {"wait", "noted", "handler ", "bind ", "listen", "connect ", "rawon", "rawoff",
    "", " ", "\n", NULL};

void op_file_open(child_t* child, rng_t* rng)
{
    char path[MAX_PATH];
    path_class_t class;
    ops_path_to_open(child, rng, path, &class);
    if (class == PATH_SYS_WAITS && strstr(path, "nonblock") == NULL && rng_chance(rng, 90))
    {
        strncat(path, strchr(path, '?') != NULL ? "&nonblock" : "?nonblock", MAX_PATH - strlen(path) - 1);
    }
    uint64_t where = rng_chance(rng, 90) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
    fd_t fd = io_open((const char*)where);
    ops_keep_or_close(child, fd, path, class);
}

void op_file_open2(child_t* child, rng_t* rng)
{
    static const char* const pipes[] = {"sys:/pipe/new", "sys:/pipe/new?nonblock", "sys:/pipe/new?", "sys:/pipe//new",
        "sys:/pipe/./new?nonblock&nonblock", "sys:/pipe/new?dir", "sys:/pipe/new?create"};
    char path[MAX_PATH];
    path_class_t class = PATH_SYS;
    if (rng_chance(rng, 70))
    {
        strcpy(path, pipes[rng_below(rng, sizeof(pipes) / sizeof(pipes[0]))]);
    }
    else
    {
        ops_path_to_open(child, rng, path, &class);
    }
    fd_t* fds = (fd_t*)hostile_pointer(rng, &child->sandbox, 2 * sizeof(fd_t));
    if (io_open2(path, fds) == -1)
    {
        return;
    }
    bool nonblock = strstr(path, "nonblock") != NULL;
    fd_t ends[2] = {fds[0], fds[1]};
    if (!nonblock || !child_allows(child, FAM_PIPES))
    {
        close(ends[0]);
        close(ends[1]);
        return;
    }
    fd_keep(child, ends[0], FD_PIPE_READ, true);
    fd_keep(child, ends[1], FD_PIPE_WRITE, true);
}

void op_file_close(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    fd_drop(child, fd);
    close(fd); // again, or a number that was never ours: EBADF
}

void op_file_read(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
    read(fd, (void*)buffer.address, buffer.length);
}

void op_file_write(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
    if (rng_chance(rng, 50))
    {
        // Text a ctl file might understand, in scratch.
        char command[160];
        size_t length = text_ctl_command(rng, ctl_verbs, NULL, command, sizeof(command));
        if (text_starts_with_word(command, length, "kill") || text_starts_with_word(command, length, "handler"))
        {
            return;
        }
        uint8_t* at = child->sandbox.scratch + rng_below(rng, PAGE_SIZE);
        memcpy(at, command, length);
        buffer = (hostile_buffer_t){(uint64_t)at, length};
    }
    else if (buffer.address >= (uint64_t)child->sandbox.scratch &&
             buffer.address < (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE)
    {
        const char* text = (const char*)buffer.address;
        size_t room = (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE - buffer.address;
        size_t length = buffer.length < room ? buffer.length : room;
        if (text_starts_with_word(text, length, "kill") || text_starts_with_word(text, length, "handler"))
        {
            return;
        }
    }
    write(fd, (const void*)buffer.address, buffer.length);
}

void op_file_seek(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    off_t offset = ops_seek_offset(child, rng);
    int origin = rng_chance(rng, 85) ? (int)rng_below(rng, 3) : (int)hostile_integer(rng);
    seek(fd, offset, origin);
    if (rng_chance(rng, 30))
    {
        hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
        read(fd, (void*)buffer.address, buffer.length);
    }
}

void op_file_poll(child_t* child, rng_t* rng)
{
    size_t count = rng_chance(rng, 90) ? rng_below(rng, 10) : (size_t)rng_range(rng, 60, 70);
    pollfd_t* fds = (pollfd_t*)(child->sandbox.scratch + rng_below(rng, PAGE_SIZE) * (rng_chance(rng, 80) ? 0 : 1));
    for (size_t i = 0; i < count; i++)
    {
        uint16_t events = rng_chance(rng, 80) ? (uint16_t)rng_range(rng, 1, 3) : (uint16_t)rng_next(rng);
        fds[i] = (pollfd_t){fd_hostile(child, rng), events, (uint16_t)rng_next(rng)};
    }
    if (rng_chance(rng, 10))
    {
        // Running into the unmapped page.
        fds = (pollfd_t*)(child->sandbox.edge + PAGE_SIZE - rng_range(rng, 1, sizeof(pollfd_t) * 3));
        count = rng_range(rng, 1, 6);
    }
    uint64_t timeout = hostile_short_timeout(rng);
    if (rng_chance(rng, 1))
    {
        timeout = TIMEOUT_NEVER; // until something is ready or an alarm note comes
    }
    io_poll(fds, count, timeout);
}

void op_file_dup(child_t* child, rng_t* rng)
{
    fd_t from = fd_hostile(child, rng);
    bool tracked = from >= 0 && from < MAX_FD && child->fds[from].open;
    fd_t to;
    if (rng_chance(rng, 50))
    {
        to = dup(from);
    }
    else
    {
        fd_t target = fd_hostile(child, rng);
        to = dup2(from, target);
    }
    if (to < 0 || to >= MAX_FD || to == from)
    {
        return;
    }
    if (tracked)
    {
        fd_keep(child, to, child->fds[from].kind, child->fds[from].nonblock);
    }
    else
    {
        close(to);
    }
}

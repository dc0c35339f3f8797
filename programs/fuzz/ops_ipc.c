// Pipes and shared memory: made, filled past their capacity, read and
// written after the other end went, mapped at several sizes from several
// files, and closed in every order.
#include "ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PIPE_CAPACITY (64 * 1024)

void op_pipe(child_t* child, rng_t* rng)
{
    fd_t ends[2];
    if (rng_chance(rng, 40) && fd_pick(child, rng, FD_PIPE_READ) != -1)
    {
        ends[0] = fd_pick(child, rng, FD_PIPE_READ);
        ends[1] = fd_pick(child, rng, FD_PIPE_WRITE);
    }
    else if (io_open2("sys:/pipe/new?nonblock", ends) == -1)
    {
        return;
    }
    else
    {
        fd_keep(child, ends[0], FD_PIPE_READ, true);
        fd_keep(child, ends[1], FD_PIPE_WRITE, true);
    }
    for (int step = (int)rng_range(rng, 1, 8); step > 0; step--)
    {
        size_t length = rng_chance(rng, 70) ? rng_range(rng, 0, 5000) : rng_range(rng, PIPE_CAPACITY - 10, 3 * PIPE_CAPACITY);
        length = length < SANDBOX_SCRATCH_PAGES * PAGE_SIZE ? length : SANDBOX_SCRATCH_PAGES * PAGE_SIZE;
        switch (rng_below(rng, 6))
        {
        case 0:
        case 1:
            write(ends[1], child->sandbox.scratch, length); // EAGAIN once full; EPIPE once the reader is gone
            break;
        case 2:
        case 3:
            read(ends[0], child->sandbox.scratch, length);
            break;
        case 4:
        {
            pollfd_t fds[2] = {{ends[0], POLL_READ, 0}, {ends[1], POLL_WRITE, 0}};
            io_poll(fds, 2, 0);
            break;
        }
        default:
            fd_drop(child, ends[rng_below(rng, 2)]); // the other end sees EOF or EPIPE next
            break;
        }
    }
}

// A shared-memory object through its handle and its data file, mapped at
// sizes that fit and do not, by this child twice (the same pages).
void op_shm(child_t* child, rng_t* rng)
{
    fd_t handle = io_open(rng_chance(rng, 90) ? "sys:/shm/new" : "sys:/shm/new?nonblock&dir");
    if (handle == -1)
    {
        return;
    }
    char text[32] = "";
    ssize_t got = read(handle, text, sizeof(text) - 1);
    fd_t data = -1;
    if (got > 0)
    {
        text[got] = '\0';
        char path[64];
        snprintf(path, sizeof(path), "sys:/shm/%llu/data", strtoull(text, NULL, 10));
        data = io_open(path);
    }
    uint8_t* maps[3] = {NULL, NULL, NULL};
    uint64_t lengths[3] = {0, 0, 0};
    int protections[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++)
    {
        fd_t fd = (rng_chance(rng, 50) && handle != -1) || data == -1 ? handle : data;
        lengths[i] = i == 0 || rng_chance(rng, 30) ? ops_mem_length(child, rng) : lengths[0];
        int protection = rng_chance(rng, 85) ? PROT_READ | PROT_WRITE : (int)rng_range(rng, 0, 7);
        maps[i] = mem_map(fd, NULL, lengths[i], protection);
        protections[i] = protection;
        if (maps[i] != NULL && (protection & PROT_WRITE))
        {
            maps[i][rng_below(rng, lengths[i])] = (uint8_t)i;
        }
        if (rng_chance(rng, 30) && i == 0)
        {
            // The handle may go first: the mapping keeps the object.
            close(handle);
            handle = -1;
            if (data == -1)
            {
                break;
            }
        }
    }
    if (maps[0] != NULL && maps[1] != NULL && (protections[0] & PROT_WRITE))
    {
        // The same object twice: the same pages at two addresses.
        uint8_t value = (uint8_t)rng_range(rng, 1, 255);
        maps[0][0] = value;
        if (maps[1][0] != value)
        {
            child_check_failed(child, "two mappings of one shared-memory object differ");
        }
    }
    for (int i = 0; i < 3; i++)
    {
        if (maps[i] != NULL && (rng_chance(rng, 85) || !child_allows(child, FAM_MEMORY)))
        {
            munmap(maps[i], lengths[i]);
        }
        else if (maps[i] != NULL)
        {
            ops_mem_remember(child, (uint64_t)maps[i], (lengths[i] + PAGE_SIZE - 1) / PAGE_SIZE, PROT_READ);
        }
    }
    if (handle != -1)
    {
        fd_keep(child, handle, FD_SHM, false);
        if (rng_chance(rng, 70))
        {
            fd_drop(child, handle);
        }
    }
    if (data != -1)
    {
        fd_keep(child, data, FD_SHM, false);
        if (rng_chance(rng, 70))
        {
            fd_drop(child, data);
        }
    }
}

// Races on descriptors and memory: a thread blocked in (or busy with)
// read, write or poll on a descriptor another thread closes or replaces;
// a thread making the kernel copy to and from memory another thread
// unmaps or protects; and (rarely, since it ends the child) a thread
// touching such memory itself.
#include "ops.h"
#include "thread.h"

#include <string.h>

typedef struct
{
    fd_t fd;
    int how; // 0 read, 1 poll, 2 write, 3 busy loop of all three without waiting
    uint8_t* buffer;
    size_t length;
    volatile uint32_t stop;
} io_race_t;

static void io_race_body(void* argument)
{
    io_race_t* race = argument;
    pollfd_t fds[1] = {{race->fd, race->how == 2 ? POLL_WRITE : POLL_READ, 0}};
    switch (race->how)
    {
    case 0:
        read(race->fd, race->buffer, race->length);
        break;
    case 1:
        io_poll(fds, 1, TIMEOUT_NEVER);
        break;
    case 2:
        write(race->fd, race->buffer, race->length);
        break;
    default:
        for (int i = 0; i < 400 && !__atomic_load_n(&race->stop, __ATOMIC_ACQUIRE); i++)
        {
            read(race->fd, race->buffer, 64);
            io_poll(fds, 1, 0);
            write(race->fd, race->buffer, 64);
        }
        break;
    }
}

// Take what is in the pipe without ever waiting (the descriptor may be
// either end by now, or closed).
static void io_race_drain(fd_t fd)
{
    char drain[4096];
    for (int i = 0; i < 32; i++)
    {
        pollfd_t ready = {fd, POLL_READ, 0};
        if (io_poll(&ready, 1, 0) != 1 || !(ready.revents & POLL_READ) || read(fd, drain, sizeof(drain)) <= 0)
        {
            return;
        }
    }
}

void op_race_close_io(child_t* child, rng_t* rng)
{
    bool nonblock = rng_chance(rng, 25);
    fd_t ends[2];
    if (io_open2(nonblock ? "sys:/pipe/new?nonblock" : "sys:/pipe/new", ends) == -1)
    {
        return;
    }
    io_race_t race = {.how = nonblock ? 3 : (int)rng_below(rng, 3), .buffer = child->sandbox.scratch};
    race.length = rng_range(rng, 1, SANDBOX_SCRATCH_PAGES * PAGE_SIZE);
    race.fd = race.how == 2 ? ends[1] : ends[rng_chance(rng, 85) ? 0 : 1];
    if (race.how == 2)
    {
        // Fill the pipe first (4 KiB at a time, while there is room), so the write waits.
        for (int i = 0; i < 32; i++)
        {
            pollfd_t room = {ends[1], POLL_WRITE, 0};
            if (io_poll(&room, 1, 0) != 1 || !(room.revents & POLL_WRITE))
            {
                break;
            }
            write(ends[1], child->sandbox.scratch, 4096);
        }
    }
    fthread_t thread;
    if (!fthread_start(&thread, io_race_body, &race))
    {
        close(ends[0]);
        close(ends[1]);
        return;
    }
    sleep_ns(rng_below(rng, 2 * NS_PER_MS));
    // Pull the descriptor away from under it.
    switch (rng_below(rng, 3))
    {
    case 0:
        close(race.fd);
        break;
    case 1:
        dup2(race.fd == ends[0] ? ends[1] : ends[0], race.fd);
        break;
    default:
        close(ends[0]);
        close(ends[1]);
        break;
    }
    // Release it, as a correct kernel lets it go: a reader gets a byte or
    // the end of the file, a writer room or EPIPE, a poller an event.
    __atomic_store_n(&race.stop, 1, __ATOMIC_RELEASE);
    if (race.how != 2)
    {
        write(ends[1], "x", 1); // an empty pipe has room: this never waits
    }
    io_race_drain(ends[0]);
    close(ends[0]);
    close(ends[1]);
    if (!fthread_join(&thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread in %s on a pipe whose descriptor was closed did not return "
                                          "after both ends were closed",
            race.how == 0 ? "read" : race.how == 1 ? "poll" : race.how == 2 ? "write" : "read/poll/write");
    }
}

typedef struct
{
    uint8_t* region;
    size_t length;
    fd_t pipe[2];
    fd_t dir;
    uint64_t seed;
    volatile uint32_t stop;
} memory_race_t;

// The kernel copies to and from memory that is going away.
static void memory_race_body(void* argument)
{
    memory_race_t* race = argument;
    rng_t rng = rng_new(race->seed);
    for (int i = 0; i < 300 && !__atomic_load_n(&race->stop, __ATOMIC_ACQUIRE); i++)
    {
        uint8_t* at = race->region + rng_below(&rng, race->length);
        size_t length = rng_range(&rng, 1, race->length);
        switch (rng_below(&rng, 6))
        {
        case 0:
            write(race->pipe[1], at, length);
            break;
        case 1:
            read(race->pipe[0], at, length);
            break;
        case 2:
            io_stat("sys:/stat/mem", (stat_t*)at);
            break;
        case 3:
            io_poll((pollfd_t*)at, rng_below(&rng, 8), 0);
            break;
        case 4:
            io_readdir(race->dir, (stat_t*)at, rng_below(&rng, 4));
            seek(race->dir, 0, SEEK_SET);
            break;
        default:
            futex((volatile uint32_t*)((uint64_t)at & ~3ULL), 0, FUTEX_WAIT, 1000);
            break;
        }
    }
}

static void memory_race(child_t* child, rng_t* rng, void (*body)(void*))
{
    memory_race_t race = {.length = rng_range(rng, 1, 4) * PAGE_SIZE, .seed = rng_next(rng)};
    race.region = mem_map(-1, NULL, race.length, PROT_READ | PROT_WRITE);
    if (race.region == NULL || io_open2("sys:/pipe/new?nonblock", race.pipe) == -1)
    {
        if (race.region != NULL)
        {
            munmap(race.region, race.length);
        }
        return;
    }
    race.dir = io_open("sys:/proc?dir");
    fthread_t thread;
    bool started = fthread_start(&thread, body, &race);
    sleep_ns(rng_below(rng, NS_PER_MS));
    uint64_t first = rng_below(rng, race.length / PAGE_SIZE);
    switch (rng_below(rng, 3))
    {
    case 0:
        munmap(race.region, race.length);
        break;
    case 1:
        munmap(race.region + first * PAGE_SIZE, PAGE_SIZE);
        break;
    default:
        mprotect(race.region, race.length, PROT_READ);
        break;
    }
    if (rng_chance(rng, 50))
    {
        // Something else may take the place: shared memory or fresh pages.
        void* other = mem_map(-1, race.region, race.length, PROT_READ);
        if (other != NULL)
        {
            munmap(other, race.length);
        }
    }
    __atomic_store_n(&race.stop, 1, __ATOMIC_RELEASE);
    if (started && !fthread_join(&thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread making calls on memory that was unmapped did not end");
    }
    munmap(race.region, race.length); // what is left of it (EFAULT if nothing)
    close(race.pipe[0]);
    close(race.pipe[1]);
    if (race.dir != -1)
    {
        close(race.dir);
    }
}

void op_race_munmap_copy(child_t* child, rng_t* rng)
{
    memory_race(child, rng, memory_race_body);
}

// The thread itself touches the memory: when it goes, the thread faults
// and the child ends with a page fault. Expected, and rare.
static void memory_touch_body(void* argument)
{
    memory_race_t* race = argument;
    rng_t rng = rng_new(race->seed);
    for (int i = 0; i < 100000 && !__atomic_load_n(&race->stop, __ATOMIC_ACQUIRE); i++)
    {
        race->region[rng_below(&rng, race->length)]++;
    }
}

void op_race_munmap_touch(child_t* child, rng_t* rng)
{
    // Only one time in twenty: each costs the child its life.
    memory_race(child, rng, rng_chance(rng, 5) ? memory_touch_body : memory_race_body);
}

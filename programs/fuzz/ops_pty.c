// Pseudo-terminals (sys:/pty): made, typed at (control characters, lines,
// more than the input holds), written to past the output's capacity, read
// from both sides with hostile buffers, sent ctl commands (raw mode, sizes,
// foreground, junk), and closed in every order, with the promises of the
// hang-up checked once the screen side is gone. The race threads block in
// a tty read or write while the other thread hangs the pty up.
#include "ops.h"
#include "text.h"
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum
{
    PTY_HANDLE,
    PTY_SCREEN,
    PTY_TTY,
    PTY_CTL,
    PTY_FILES
};

typedef struct
{
    uint64_t id;
    fd_t fds[PTY_FILES];
} pty_set_t;

/** Room for typing more than a pty's input holds (4096 bytes). */
#define PTY_TYPING_MAX 5000

static const char* const pty_file_names[PTY_FILES] = {NULL, "screen", "tty", "ctl"};

// Open sys:/pty/new and read its id; false if either failed.
static bool pty_make(pty_set_t* set, bool nonblock_handle)
{
    for (int i = 0; i < PTY_FILES; i++)
    {
        set->fds[i] = -1;
    }
    set->fds[PTY_HANDLE] = io_open(nonblock_handle ? "sys:/pty/new?nonblock" : "sys:/pty/new");
    if (set->fds[PTY_HANDLE] == -1)
    {
        return false;
    }
    char text[32];
    ssize_t got = read(set->fds[PTY_HANDLE], text, sizeof(text) - 1);
    if (got <= 0)
    {
        close(set->fds[PTY_HANDLE]);
        return false;
    }
    text[got] = '\0';
    set->id = strtoull(text, NULL, 10);
    return true;
}

// Open one file of the pty's directory (always without waiting on reads,
// unless @p blocking: a read with nobody typing would wait for good).
static fd_t pty_open_file(const pty_set_t* set, int which, bool blocking)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/pty/%llu/%s%s", (unsigned long long)set->id, pty_file_names[which],
        blocking ? "" : "?nonblock");
    return io_open(path);
}

static void pty_close_all(pty_set_t* set)
{
    for (int i = 0; i < PTY_FILES; i++)
    {
        if (set->fds[i] != -1)
        {
            close(set->fds[i]);
            set->fds[i] = -1;
        }
    }
}

// Bytes a user might type: text, control characters (^C, ^D, ^U, ^W,
// backspace, escape sequences), and now and then more than the input holds.
static size_t pty_typing(rng_t* rng, char* out, size_t size)
{
    static const char controls[] = {'\x03', '\x04', '\x15', '\x17', '\x7f', '\b', '\r', '\n', '\x1b', '\0'};
    if (rng_chance(rng, 5))
    {
        size_t length = size;
        memset(out, 'k', length);
        return length;
    }
    size_t length = rng_range(rng, 0, 64);
    for (size_t i = 0; i < length; i++)
    {
        out[i] = rng_chance(rng, 20) ? controls[rng_below(rng, sizeof(controls))] : (char)rng_range(rng, 0x20, 0x7e);
    }
    return length;
}

// A ctl command; "foreground" only ever names nobody, this child or a
// number no process has, since ^C typed later interrupts it.
static size_t pty_command(child_t* child, rng_t* rng, char* out, size_t size)
{
    static const char* const verbs[] = {"rawon", "rawoff", "size ", "foreground ", "raw", NULL};
    int kind = (int)rng_below(rng, 4);
    if (kind == 0)
    {
        pid_t pid = rng_chance(rng, 50) ? 0 : rng_chance(rng, 50) ? child->pid : (pid_t)rng_range(rng, 1000000, 2000000);
        return (size_t)snprintf(out, size, "foreground %lld", (long long)pid);
    }
    if (kind == 1)
    {
        static const char* const sizes[] = {"0", "1", "80", "1000", "1001", "-1", "4294967297", "", "x"};
        return (size_t)snprintf(out, size, "size %s %s", sizes[rng_below(rng, 9)], sizes[rng_below(rng, 9)]);
    }
    size_t length = text_ctl_command(rng, verbs, NULL, out, size);
    if (text_starts_with_word(out, length, "foreground"))
    {
        length = (size_t)snprintf(out, size, "rawoff");
    }
    return length;
}

// After the screen side is gone, the tty side must see the hang-up: a
// read gives what was left and then the end, a write fails.
static void pty_check_hung_up(child_t* child, fd_t tty)
{
    char drain[512];
    ssize_t got = 1;
    for (int i = 0; i < 256 && got > 0; i++)
    {
        got = read(tty, drain, sizeof(drain));
    }
    if (got != 0)
    {
        child_check_failed(child, "a pty's tty read gave %lld, not the end of the file, after the hang-up", (long long)got);
    }
    if (write(tty, "x", 1) != -1)
    {
        child_check_failed(child, "a pty's tty write succeeded after the hang-up");
    }
}

void op_pty(child_t* child, rng_t* rng)
{
    pty_set_t set;
    if (rng_chance(rng, 5))
    {
        // Another's pty, or one that does not exist: refused, never opened.
        set.id = rng_chance(rng, 50) ? rng_below(rng, 8) : rng_next(rng);
        fd_t fd = pty_open_file(&set, (int)rng_range(rng, PTY_SCREEN, PTY_CTL), false);
        if (fd != -1)
        {
            fd_keep(child, fd, FD_SYS, true);
        }
        return;
    }
    // The handle never waits either: typing into a full input would.
    if (!pty_make(&set, true))
    {
        return;
    }
    for (int i = PTY_SCREEN; i < PTY_FILES; i++)
    {
        if (rng_chance(rng, 80))
        {
            set.fds[i] = pty_open_file(&set, i, false);
        }
    }
    char buffer[PTY_TYPING_MAX];
    for (int step = (int)rng_range(rng, 1, 12); step > 0; step--)
    {
        int which = (int)rng_below(rng, PTY_FILES);
        fd_t fd = set.fds[which];
        if (fd == -1 && which != PTY_SCREEN)
        {
            continue;
        }
        if (fd == -1)
        {
            set.fds[which] = pty_open_file(&set, which, false); // ENOENT once it hung up
            continue;
        }
        switch (rng_below(rng, 6))
        {
        case 0:
        case 1:
        {
            size_t length = which == PTY_CTL ? pty_command(child, rng, buffer, sizeof(buffer))
                                             : pty_typing(rng, buffer, sizeof(buffer));
            write(fd, buffer, length); // typed on the screen side; output on the tty side
            break;
        }
        case 2:
        case 3:
        {
            hostile_buffer_t target = hostile_buffer(rng, &child->sandbox);
            read(fd, (void*)target.address, target.length);
            break;
        }
        case 4:
        {
            pollfd_t fds[1] = {{fd, POLL_READ | POLL_WRITE, 0}};
            io_poll(fds, 1, 0);
            break;
        }
        default:
            close(fd);
            set.fds[which] = -1;
            break;
        }
    }
    if (set.fds[PTY_TTY] != -1 && rng_chance(rng, 60))
    {
        close(set.fds[PTY_HANDLE]);
        set.fds[PTY_HANDLE] = -1;
        if (set.fds[PTY_SCREEN] != -1)
        {
            close(set.fds[PTY_SCREEN]);
            set.fds[PTY_SCREEN] = -1;
        }
        pty_check_hung_up(child, set.fds[PTY_TTY]);
    }
    pty_close_all(&set);
}

typedef struct
{
    fd_t tty;
    bool write;
    ssize_t result;
    uint8_t* buffer;
    size_t length;
} pty_race_t;

static void pty_race_body(void* argument)
{
    pty_race_t* race = argument;
    if (race->write)
    {
        // More than the output holds, so the write waits for a reader.
        race->result = write(race->tty, race->buffer, race->length);
    }
    else
    {
        race->result = read(race->tty, race->buffer, race->length);
    }
}

// A thread waits in a tty read (nobody types) or a tty write (nobody
// reads the screen) while this one hangs the pty up: the wait must end.
void op_race_pty_hangup(child_t* child, rng_t* rng)
{
    pty_set_t set;
    if (!pty_make(&set, false))
    {
        return;
    }
    set.fds[PTY_TTY] = pty_open_file(&set, PTY_TTY, true);
    if (set.fds[PTY_TTY] == -1)
    {
        pty_close_all(&set);
        return;
    }
    if (rng_chance(rng, 40))
    {
        set.fds[PTY_SCREEN] = pty_open_file(&set, PTY_SCREEN, false);
    }
    pty_race_t race = {.tty = set.fds[PTY_TTY], .write = rng_chance(rng, 50), .buffer = child->sandbox.scratch};
    race.length = race.write ? SANDBOX_SCRATCH_PAGES * PAGE_SIZE : rng_range(rng, 1, 4096);
    fthread_t thread;
    if (!fthread_start(&thread, pty_race_body, &race))
    {
        pty_close_all(&set);
        return;
    }
    sleep_ns(rng_below(rng, 2 * NS_PER_MS));
    if (rng_chance(rng, 30))
    {
        // Close the tty file itself under the waiting thread first.
        fd_t tty = set.fds[PTY_TTY];
        set.fds[PTY_TTY] = -1;
        close(tty);
    }
    close(set.fds[PTY_HANDLE]);
    set.fds[PTY_HANDLE] = -1;
    if (set.fds[PTY_SCREEN] != -1)
    {
        close(set.fds[PTY_SCREEN]);
        set.fds[PTY_SCREEN] = -1;
    }
    if (!fthread_join(&thread, FUZZ_JOIN_BOUND_NS))
    {
        child_fail(child, FUZZ_EXIT_HANG, "HANG: a thread in a pty's tty %s did not return after the pty hung up",
            race.write ? "write" : "read");
    }
    if (set.fds[PTY_TTY] != -1 && !race.write && race.result != 0)
    {
        child_check_failed(child, "a tty read waiting at the hang-up gave %lld, not the end of the file",
            (long long)race.result);
    }
    pty_close_all(&set);
}

// Calls about an open file and renames: io_fstat, io_truncate and
// io_fd_flags on the child's descriptors and hostile numbers, with hostile
// pointers, lengths and flag bits; io_rename between paths the rule lets
// the child change.
#include "ops.h"

#include <string.h>

void op_fd_fstat(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    io_fstat(fd, (stat_t*)hostile_pointer(rng, &child->sandbox, sizeof(stat_t)));
}

void op_fd_truncate(child_t* child, rng_t* rng)
{
    // Only the child's own files grow or shrink; everything else refuses.
    fd_t fd = rng_chance(rng, 70) ? fd_pick(child, rng, FD_FILE) : fd_hostile(child, rng);
    int64_t length = ops_seek_offset(child, rng);
    // A length that takes most of memory costs seconds (the kernel zeroes
    // it all): now and then, so the other operations keep their time.
    if (length > (1 << 20) && rng_chance(rng, 90))
    {
        length %= 1 << 20;
    }
    io_truncate(fd, (off_t)length);
}

// Flag bits: mostly known ones, sometimes anything.
static int fd_flag_bits(rng_t* rng)
{
    return rng_chance(rng, 80) ? (int)rng_below(rng, 4) : (int)hostile_integer(rng);
}

void op_fd_flags(child_t* child, rng_t* rng)
{
    fd_t fd = fd_hostile(child, rng);
    int set = fd_flag_bits(rng);
    int clear = fd_flag_bits(rng);
    // A kept pipe or input file was opened nonblocking so that reads never
    // wait for good: a valid clear must leave nonblock alone.
    if ((clear & ~(IO_FLAG_NONBLOCK | IO_FLAG_APPEND)) == 0)
    {
        clear &= ~IO_FLAG_NONBLOCK;
    }
    io_fd_flags(fd, set, clear);
}

void op_path_rename(child_t* child, rng_t* rng)
{
    char from[MAX_PATH], to[MAX_PATH];
    ops_path_to_change(child, rng, from);
    ops_path_to_change(child, rng, to);
    if (rng_chance(rng, 10))
    {
        strcpy(to, from); // onto itself
    }
    uint64_t from_at = rng_chance(rng, 95) ? ops_scratch_string(child, rng, from) : hostile_bad_pointer(rng, &child->sandbox);
    uint64_t to_at = rng_chance(rng, 95) ? ops_scratch_string(child, rng, to) : hostile_bad_pointer(rng, &child->sandbox);
    io_rename((const char*)from_at, (const char*)to_at);
}

// Raw system calls: a number and six registers chosen by the fuzzer, half
// the time with arguments of the right kinds (paths, buffers, descriptors)
// made hostile, half the time anything at all. Calls that would end the
// child or start programs are left to their own operations; arguments that
// would wait for good are cut short; descriptors the call makes are kept
// or closed, as after any other open.
#include "ops.h"
#include "raw.h"
#include "text.h"

#include <string.h>

// What each argument of a call is, for the typed half.
enum
{
    A_INT,     // any integer
    A_FD,      // a descriptor
    A_PATH,    // a path (safe by the rule of paths.h)
    A_CHANGE,  // a path to make or remove
    A_BUFFER,  // a buffer, with its length in the next argument
    A_LENGTH,  // the length of the buffer before it
    A_PTR,     // a pointer to a small structure
    A_POLL,    // an array of pollfd_t, with its count in the next argument
    A_COUNT,   // that count
    A_TIMEOUT, // a timeout: short
    A_PAGE,    // a page-aligned address of ours or a bad one, with its length next
    A_MAPLEN,  // that length
    A_PROT,    // a protection
    A_FUTEX,   // a futex operation that returns (never FUTEX_EXIT on a good address)
};

typedef struct
{
    uint64_t number;
    uint8_t args[6];
    uint8_t count;
} raw_shape_t;

static const raw_shape_t shapes[] = {
    {SYS_SLEEP, {A_TIMEOUT}, 1},
    {SYS_PID, {0}, 0},
    {SYS_TID, {0}, 0},
    {SYS_UPTIME, {0}, 0},
    {SYS_EPOCH, {0}, 0},
    {SYS_OPEN, {A_PATH}, 1},
    {SYS_OPEN2, {A_PATH, A_PTR}, 2},
    {SYS_CLOSE, {A_FD}, 1},
    {SYS_READ, {A_FD, A_BUFFER, A_LENGTH}, 3},
    {SYS_WRITE, {A_FD, A_BUFFER, A_LENGTH}, 3},
    {SYS_SEEK, {A_FD, A_INT, A_INT}, 3},
    {SYS_CHDIR, {A_PATH}, 1},
    {SYS_POLL, {A_POLL, A_COUNT, A_TIMEOUT}, 3},
    {SYS_STAT, {A_PATH, A_PTR}, 2},
    {SYS_MMAP, {A_FD, A_PAGE, A_MAPLEN, A_PROT}, 4},
    {SYS_MUNMAP, {A_PAGE, A_MAPLEN}, 2},
    {SYS_MPROTECT, {A_PAGE, A_MAPLEN, A_PROT}, 3},
    {SYS_DUP, {A_FD}, 1},
    {SYS_DUP2, {A_FD, A_FD}, 2},
    {SYS_FUTEX, {A_PTR, A_INT, A_FUTEX, A_TIMEOUT}, 4},
    {SYS_YIELD, {0}, 0},
    {SYS_READDIR, {A_FD, A_BUFFER, A_COUNT}, 3},
    {SYS_MKDIR, {A_CHANGE}, 1},
    {SYS_REMOVE, {A_CHANGE}, 1},
    {SYS_RENAME, {A_CHANGE, A_CHANGE}, 2},
    {SYS_FSTAT, {A_FD, A_PTR}, 2},
    {SYS_TRUNCATE, {A_FD, A_INT}, 2},
    {SYS_FD_FLAGS, {A_FD, A_INT, A_INT}, 3},
};
#define SHAPES (sizeof(shapes) / sizeof(shapes[0]))

// Numbers that are no system call, including valid ones with junk above bit 31.
static uint64_t raw_bad_number(rng_t* rng)
{
    static const uint64_t numbers[] = {SYS_COUNT, SYS_COUNT + 1, 255, 0x7fffffff, 0xffffffff, UINT64_MAX,
        0x8000000000000000ULL};
    if (rng_chance(rng, 40))
    {
        return (rng_range(rng, 1, UINT32_MAX) << 32) | shapes[rng_below(rng, SHAPES)].number;
    }
    return numbers[rng_below(rng, sizeof(numbers) / sizeof(numbers[0]))];
}

static uint64_t raw_fd(child_t* child, rng_t* rng)
{
    uint64_t fd = (uint64_t)(int64_t)fd_hostile(child, rng);
    return rng_chance(rng, 10) ? (fd & 0xffffffffULL) | (rng_next(rng) << 32) : fd; // junk above the int
}

// A pollfd_t array in scratch, of our descriptors and bad ones.
static uint64_t raw_poll_array(child_t* child, rng_t* rng, uint64_t* count)
{
    *count = rng_chance(rng, 90) ? rng_below(rng, 8) : hostile_integer(rng);
    uint64_t entries = *count < 70 ? *count : 70;
    pollfd_t* fds = (pollfd_t*)child->sandbox.scratch;
    for (uint64_t i = 0; i < entries; i++)
    {
        fds[i] = (pollfd_t){fd_hostile(child, rng), (uint16_t)rng_next(rng), (uint16_t)rng_next(rng)};
    }
    return rng_chance(rng, 85) ? (uint64_t)fds : hostile_bad_pointer(rng, &child->sandbox);
}

static void raw_typed_args(child_t* child, rng_t* rng, const raw_shape_t* shape, uint64_t args[6], bool* waits_forever)
{
    char path[MAX_PATH];
    path_class_t class;
    for (int i = 0; i < 6; i++)
    {
        args[i] = rng_chance(rng, 50) ? 0 : rng_next(rng); // unused registers hold junk too
    }
    for (int i = 0; i < shape->count; i++)
    {
        switch (shape->args[i])
        {
        case A_INT:
            args[i] = hostile_integer(rng);
            break;
        case A_FD:
            args[i] = raw_fd(child, rng);
            break;
        case A_PATH:
            ops_path_to_open(child, rng, path, &class);
            args[i] = rng_chance(rng, 85) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
            break;
        case A_CHANGE:
            ops_path_to_change(child, rng, path);
            args[i] = rng_chance(rng, 85) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
            break;
        case A_BUFFER:
        {
            hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
            args[i] = buffer.address;
            args[i + 1] = buffer.length;
            i++;
            break;
        }
        case A_PTR:
            args[i] = hostile_pointer(rng, &child->sandbox, 128);
            break;
        case A_POLL:
            args[i] = raw_poll_array(child, rng, &args[i + 1]);
            i++;
            break;
        case A_COUNT:
            args[i] = rng_chance(rng, 70) ? rng_below(rng, 80) : hostile_integer(rng);
            break;
        case A_TIMEOUT:
            args[i] = hostile_short_timeout(rng);
            *waits_forever |= rng_below(rng, 1000) < 5;
            args[i] = *waits_forever ? UINT64_MAX : args[i];
            break;
        case A_PAGE:
            ops_mem_range(child, rng, &args[i], &args[i + 1]);
            i++;
            break;
        case A_MAPLEN:
            args[i] = ops_mem_length(child, rng);
            break;
        case A_PROT:
            args[i] = rng_chance(rng, 80) ? rng_below(rng, 8) : hostile_integer(rng);
            break;
        case A_FUTEX:
            args[i] = rng_chance(rng, 90) ? rng_below(rng, 2) : hostile_integer(rng);
            break;
        }
    }
    if (shape->number == SYS_MMAP && rng_chance(rng, 70))
    {
        args[0] = (uint64_t)-1; // anonymous memory, most of the time
    }
    if (shape->number == SYS_SEEK || shape->number == SYS_TRUNCATE)
    {
        args[1] = (uint64_t)ops_seek_offset(child, rng); // a length that may not take all memory
    }
    if (shape->number == SYS_FD_FLAGS && ((uint32_t)args[2] & ~(uint32_t)(IO_FLAG_NONBLOCK | IO_FLAG_APPEND)) == 0)
    {
        args[2] &= ~(uint64_t)IO_FLAG_NONBLOCK; // kept pipes must stay nonblocking (see op_fd_flags)
    }
    if (shape->number == SYS_FUTEX && (uint32_t)args[2] == FUTEX_EXIT)
    {
        args[2] = FUTEX_WAKE; // it would end this thread
    }
}

// Whatever the call left behind: descriptors, mappings, a new working directory.
static void raw_after(child_t* child, uint64_t number, const uint64_t args[6], int64_t result)
{
    if (result < 0)
    {
        return;
    }
    switch (number)
    {
    case SYS_OPEN:
    {
        // It was in scratch (the call succeeded): copy no further than scratch goes.
        char path[MAX_PATH];
        uint64_t room = (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE - args[0];
        size_t length = strnlen((const char*)args[0], room < MAX_PATH - 1 ? room : MAX_PATH - 1);
        memcpy(path, (const char*)args[0], length);
        path[length] = '\0';
        ops_keep_or_close(child, (fd_t)result, path, paths_classify(child, path));
        break;
    }
    case SYS_OPEN2:
    {
        const fd_t* fds = (const fd_t*)args[1];
        close(fds[0]);
        close(fds[1]);
        break;
    }
    case SYS_CLOSE:
        fd_drop(child, (fd_t)args[0]); // closed already; forget it
        break;
    case SYS_DUP:
    case SYS_DUP2:
    {
        fd_t from = (fd_t)args[0], to = (fd_t)result;
        if (from >= 0 && from < MAX_FD && to >= 0 && to < MAX_FD && child->fds[from].open)
        {
            if (to != from)
            {
                fd_keep(child, to, child->fds[from].kind, child->fds[from].nonblock);
            }
        }
        else if (to >= 0 && to < MAX_FD && !child->fds[to].open)
        {
            close(to);
        }
        break;
    }
    case SYS_MMAP:
        ops_mem_remember(child, (uint64_t)result, (args[2] + PAGE_SIZE - 1) / PAGE_SIZE, (int)args[3]);
        break;
    case SYS_MUNMAP:
        ops_mem_changed(child, args[0], args[1], 0, true);
        break;
    case SYS_MPROTECT:
        ops_mem_changed(child, args[0], args[1], (int)args[2], false);
        break;
    case SYS_CHDIR:
        child_refresh_cwd(child);
        break;
    default:
        break;
    }
}

void op_raw_syscall(child_t* child, rng_t* rng)
{
    uint64_t args[6], number;
    bool waits_forever = false;
    if (rng_chance(rng, 10))
    {
        number = raw_bad_number(rng);
        for (int i = 0; i < 6; i++)
        {
            args[i] = hostile_integer(rng);
        }
    }
    else
    {
        const raw_shape_t* shape = &shapes[rng_below(rng, SHAPES)];
        number = shape->number;
        raw_typed_args(child, rng, shape, args, &waits_forever);
    }
    if (number == SYS_WRITE && (fd_t)args[0] >= 0 && (fd_t)args[0] < MAX_FD &&
        args[1] >= (uint64_t)child->sandbox.scratch &&
        args[1] < (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE)
    {
        // Keep "kill" and "handler" off our own ctl file, whatever scratch holds.
        const char* text = (const char*)args[1];
        size_t room = (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE - args[1];
        size_t length = args[2] < room ? args[2] : room;
        if (text_starts_with_word(text, length, "kill") || text_starts_with_word(text, length, "handler"))
        {
            return;
        }
    }
    int64_t result = raw_syscall(number, args[0], args[1], args[2], args[3], args[4], args[5]);
    raw_after(child, number, args, result);
}

void op_raw_rflags(child_t* child, rng_t* rng)
{
    static const uint64_t numbers[] = {SYS_PID, SYS_TID, SYS_UPTIME, SYS_YIELD, SYS_STAT, SYS_READ, SYS_SLEEP};
    uint64_t flags = 0;
    while (flags == 0)
    {
        flags = (rng_chance(rng, 50) ? RFLAGS_NT : 0) | (rng_chance(rng, 50) ? RFLAGS_AC : 0) |
                (rng_chance(rng, 50) ? RFLAGS_DF : 0);
    }
    uint64_t number = numbers[rng_below(rng, sizeof(numbers) / sizeof(numbers[0]))];
    uint64_t a0 = hostile_integer(rng), a1 = hostile_pointer(rng, &child->sandbox, 128), a2 = rng_below(rng, 128);
    if (number == SYS_SLEEP)
    {
        a0 = rng_below(rng, 2 * NS_PER_MS); // long enough to be switched out and back
    }
    if (number == SYS_STAT)
    {
        a0 = ops_scratch_string(child, rng, child->paths.count > 0 ? child->paths.known[rng_below(rng, child->paths.count)] : "sys:/");
    }
    if (number == SYS_READ)
    {
        a0 = (uint64_t)(int64_t)fd_pick(child, rng, FD_ANY);
    }
    raw_syscall_flags(flags, number, a0, a1, a2);
}

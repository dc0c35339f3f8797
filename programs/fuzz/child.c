// A fuzzing child: set up a sandbox, then run its operations, each picked
// by a generator seeded from the child's seed and the iteration's number
// (so a replay runs the same operations with the same arguments, races
// aside), while a watchdog thread makes sure no operation waits forever:
// an operation that has not finished after a while gets "alarm" notes,
// which must interrupt whatever system call it waits in (sys/proc.h
// promises EINTR), and one that still has not finished long after that
// is reported as stuck.
#include "child.h"

#include "ops.h"
#include "raw.h"
#include "thread.h"
#include "tree.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROGRESS_FD 3                    // where the supervisor puts the progress page
#define ALARM_AFTER_NS (100 * NS_PER_MS) // an operation this old gets notes
#define WATCH_NS (20 * NS_PER_MS)

static child_t child_state;
static fuzz_progress_t local_progress;
static fthread_t watchdog;
static volatile uint32_t finishing;

void child_say(const child_t* child, const char* format, ...)
{
    char text[256];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    writef(STDERR_FILENO, "fuzz[%016llx]: %s\n", (unsigned long long)child->seed, text);
}

_Noreturn void child_fail(const child_t* child, int status, const char* format, ...)
{
    char text[256];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    uint32_t op = child->progress->op;
    child_say(child, "%s (iteration %llu, op %s); replay: fuzz --child 0x%llx %llu", text,
        (unsigned long long)child->iteration, op > 0 && op <= fuzz_op_count ? fuzz_ops[op - 1].name : "none",
        (unsigned long long)child->seed, (unsigned long long)child->iteration + 1);
    exit(status);
}

void child_check_failed(const child_t* child, const char* format, ...)
{
    char text[256];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof(text), format, args);
    va_end(args);
    uint32_t op = child->progress->op;
    child_say(child, "CHECK: %s (iteration %llu, op %s); replay: fuzz --child 0x%llx %llu", text,
        (unsigned long long)child->iteration, op > 0 && op <= fuzz_op_count ? fuzz_ops[op - 1].name : "none",
        (unsigned long long)child->seed, (unsigned long long)child->iteration + 1);
    child->progress->checks++;
}

void child_unique_name(child_t* child, const char* prefix, char* out, size_t size)
{
    snprintf(out, size, "%s%llx-%u", prefix, (unsigned long long)(child->seed & 0xffffffffffULL), child->names++);
}

void child_refresh_cwd(child_t* child)
{
    char path[64];
    snprintf(path, sizeof(path), "sys:/proc/%lld/cwd", (long long)child->pid);
    fd_t fd = io_open(path);
    ssize_t got = fd == -1 ? -1 : read(fd, child->cwd, MAX_PATH - 1);
    if (fd != -1)
    {
        close(fd);
    }
    if (got <= 0)
    {
        child_fail(child, FUZZ_EXIT_SETUP, "cannot read our own working directory from %s", path);
    }
    child->cwd[got] = '\0';
    char* newline = strchr(child->cwd, '\n');
    if (newline != NULL)
    {
        *newline = '\0';
    }
}

static void child_on_note(const char* note)
{
    (void)note;
    __atomic_add_fetch(&child_state.notes_seen, 1, __ATOMIC_RELAXED);
}

void child_restore_note_handler(child_t* child)
{
    if (note_handler(child_on_note) == -1)
    {
        child_fail(child, FUZZ_EXIT_SETUP, "cannot install the note handler: %s", strerror(errno));
    }
}

// The watchdog: alarm notes for an operation that takes long, a failure
// for one that takes forever.
static void child_watch(void* argument)
{
    child_t* child = argument;
    uint64_t seen = UINT64_MAX, since = uptime(), last_alarm = 0;
    while (!__atomic_load_n(&finishing, __ATOMIC_ACQUIRE))
    {
        sleep_ns(WATCH_NS);
        uint64_t now = uptime(), iterations = child->progress->iterations;
        if (iterations != seen)
        {
            seen = iterations;
            since = now;
            continue;
        }
        if (now - since > FUZZ_STUCK_BOUND_NS)
        {
            child_fail(child, FUZZ_EXIT_HANG, "STUCK: an operation did not finish in %llu s, alarm notes or not",
                (unsigned long long)(FUZZ_STUCK_BOUND_NS / NS_PER_SECOND));
        }
        if (now - since > ALARM_AFTER_NS && now - last_alarm > ALARM_AFTER_NS && !child->quiet)
        {
            last_alarm = now;
            note_send(child->pid, "alarm");
        }
    }
}

// The progress page the supervisor gave us as fd 3, or our own.
static fuzz_progress_t* child_progress(void)
{
    void* page = mem_map(PROGRESS_FD, NULL, PAGE_SIZE, PROT_READ | PROT_WRITE);
    if (page != NULL)
    {
        close(PROGRESS_FD);
        return page;
    }
    return &local_progress;
}

static void child_load_elf(child_t* child)
{
    fd_t fd = io_open(FUZZ_ELF_SOURCE);
    stat_t info;
    if (fd == -1 || io_stat(FUZZ_ELF_SOURCE, &info) == -1 || info.size == 0 || info.size > (1 << 22))
    {
        if (fd != -1)
        {
            close(fd);
        }
        return;
    }
    child->elf_image = malloc(info.size);
    ssize_t got = child->elf_image != NULL ? read(fd, child->elf_image, info.size) : -1;
    close(fd);
    child->elf_size = got > 0 ? (size_t)got : 0;
}

static void child_setup(child_t* child, uint64_t seed, uint32_t families_off, bool verbose)
{
    child->seed = seed;
    child->families_off = families_off;
    child->verbose = verbose;
    child->pid = process_id();
    child->progress = child_progress();
    // The handler's ctl file is opened before any descriptor of ours:
    // its number is never one the operations know.
    child_restore_note_handler(child);
    if (!sandbox_init(&child->sandbox))
    {
        child_fail(child, FUZZ_EXIT_SETUP, "cannot map the sandbox");
    }
    io_mkdir("home:/tmp");
    io_mkdir(FUZZ_DIR);
    snprintf(child->dir, sizeof(child->dir), FUZZ_DIR "/%016llx", (unsigned long long)seed);
    tree_remove(child->dir); // a replay starts from nothing, as the original did
    if (io_mkdir(child->dir) == -1 || chdir(child->dir) == -1)
    {
        child_fail(child, FUZZ_EXIT_SETUP, "cannot make %s: %s", child->dir, strerror(errno));
    }
    child_refresh_cwd(child);
    paths_init(&child->paths, child->dir);
    child_load_elf(child);
    if (!fthread_start(&watchdog, child_watch, child))
    {
        child_fail(child, FUZZ_EXIT_SETUP, "cannot start the watchdog");
    }
    child->progress->started = 1;
}

// No operation may take the child's own memory away (they only unmap what
// they mapped): if one did, say which, rather than fault somewhere later.
static void child_check_own_memory(child_t* child)
{
    const void* pages[] = {child->progress, child->sandbox.scratch,
        child->sandbox.scratch + (SANDBOX_SCRATCH_PAGES - 1) * PAGE_SIZE, child->sandbox.edge, child->elf_image,
        watchdog.stack};
    for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++)
    {
        if (pages[i] != NULL && !sandbox_page_mapped(pages[i]))
        {
            child_fail(child, FUZZ_EXIT_LOST, "LOST: page %p of the child's own (%zu) is gone after the operation", pages[i], i);
        }
    }
}

// The operation for one iteration: a weighted pick among those allowed.
static unsigned child_pick(const child_t* child, rng_t* rng)
{
    uint64_t total = 0;
    for (unsigned i = 0; i < fuzz_op_count; i++)
    {
        total += child_allows(child, fuzz_ops[i].families) ? fuzz_ops[i].weight : 0;
    }
    uint64_t pick = rng_below(rng, total);
    for (unsigned i = 0; i < fuzz_op_count; i++)
    {
        unsigned weight = child_allows(child, fuzz_ops[i].families) ? fuzz_ops[i].weight : 0;
        if (pick < weight)
        {
            return i;
        }
        pick -= weight;
    }
    return 0;
}

// Undo what the operations left: processes, descriptors, mappings, files.
static void child_clean_up(child_t* child)
{
    child_proc_end_all(child);
    for (fd_t fd = 0; fd < MAX_FD; fd++)
    {
        fd_drop(child, fd);
    }
    for (int i = 0; i < CHILD_MAPS_MAX; i++)
    {
        if (child->maps[i].address != 0)
        {
            munmap((void*)child->maps[i].address, child->maps[i].pages * PAGE_SIZE);
        }
    }
    chdir(FUZZ_DIR);
    tree_remove(child->dir);
}

// How a child ends varies too: the exit system call with a status of any
// value, or the main thread leaves first and the last thread to end ends
// the process. (The supervisor counts all of them as normal ends.)
static _Noreturn void child_end(child_t* child, rng_t* rng)
{
    child->progress->op = 0;
    child->progress->finished = 1;
    __atomic_store_n(&finishing, 1, __ATOMIC_RELEASE);
    unsigned how = (unsigned)rng_below(rng, 10);
    if (how < 2)
    {
        thread_exit(); // the watchdog is the last thread; it ends when it sees finishing
    }
    fthread_join(&watchdog, FUZZ_JOIN_BOUND_NS);
    if (how < 4)
    {
        raw_syscall(SYS_PROCESS_EXIT, hostile_integer(rng), rng_next(rng), 0, 0, 0, 0);
    }
    exit(0);
}

int child_main(uint64_t seed, uint64_t iterations, uint32_t families_off, bool verbose)
{
    child_t* child = &child_state;
    child_setup(child, seed, families_off, verbose);
    for (uint64_t i = 0; i < iterations; i++)
    {
        child->iteration = i;
        rng_t rng = rng_new(rng_derive(seed, i));
        unsigned op = child_pick(child, &rng);
        child->progress->op = op + 1;
        child->quiet = fuzz_ops[op].quiet;
        if (verbose)
        {
            child_say(child, "%llu %s", (unsigned long long)i, fuzz_ops[op].name);
        }
        sandbox_keep_holes(&child->sandbox); // when memory is short, the old holes stay
        uint64_t start = uptime();
        fuzz_ops[op].run(child, &rng);
        uint64_t took = uptime() - start;
        if (op < FUZZ_OPS_MAX)
        {
            child->progress->op_ns[op] += took;
            child->progress->op_count[op]++;
        }
        if (verbose)
        {
            child_say(child, "%llu %s done in %llu us", (unsigned long long)i, fuzz_ops[op].name,
                (unsigned long long)(took / 1000));
        }
        child_check_own_memory(child);
        fd_trim(child, &rng);
        child->progress->iterations = i + 1;
    }
    rng_t rng = rng_new(rng_derive(seed, iterations));
    child_clean_up(child);
    child_end(child, &rng);
}

// Processes and time: spawn with hostile argument lists, descriptor lists,
// working directories and priorities; sleep; futex; the files of
// sys:/proc/[pid]/ read with hostile buffers, and ctl commands written to
// our own.
#include "ops.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

#define SPAWN_ARGS_MAX 256

static const char* const own_ctl_verbs[] = {"wait", "noted", "waiting", "kil", "", "\n", "wait\n\n", NULL};

// A program path for spawn, never one that could do harm with hostile
// arguments: true, false, a non-program, a missing one, our own files.
static void spawn_program(child_t* child, rng_t* rng, char out[MAX_PATH])
{
    switch (rng_below(rng, 4))
    {
    case 0:
        strcpy(out, rng_chance(rng, 70) ? FUZZ_ELF_SOURCE : "home:/bin/false");
        return;
    case 1:
    {
        path_class_t class;
        ops_path_to_open(child, rng, out, &class);
        char resolved[MAX_PATH], flags[MAX_PATH];
        bool known = paths_resolve(child->cwd, out, resolved, flags);
        bool program_dir = known && (strncmp(resolved, "home:/bin/", 10) == 0 || strncmp(resolved, "home:/test/", 11) == 0 ||
                                        strncmp(resolved, "home:/bench/", 12) == 0);
        if (class == PATH_FORBIDDEN || class == PATH_SYS_WAITS || (program_dir && strcmp(resolved, FUZZ_ELF_SOURCE) != 0) ||
            (known && strncmp(resolved, "sys:/net/local/", 15) == 0))
        {
            strcpy(out, "home:/etc/init.conf"); // not a program
        }
        return;
    }
    case 2:
        if (snprintf(out, MAX_PATH, "%s/f%u", child->dir, (unsigned)rng_below(rng, 4)) >= MAX_PATH)
        {
            strcpy(out, "home:/nosuch");
        }
        return;
    default:
        strcpy(out, "home:/nosuch");
        return;
    }
}

// The argument list: pointers in scratch, usually well formed.
static uint64_t spawn_argv(child_t* child, rng_t* rng, const char* program)
{
    uint64_t* argv = (uint64_t*)(child->sandbox.scratch + 8 * PAGE_SIZE);
    char* strings = (char*)(child->sandbox.scratch + 12 * PAGE_SIZE);
    size_t count = rng_below(rng, 4);
    argv[0] = (uint64_t)strcpy(strings, program);
    strings += strlen(program) + 1;
    for (size_t i = 1; i <= count; i++)
    {
        size_t length = rng_below(rng, 40);
        text_junk(rng, strings, length);
        strings[length] = '\0';
        argv[i] = (uint64_t)strings;
        strings += length + 1;
        if (rng_chance(rng, 10))
        {
            argv[i] = hostile_bad_pointer(rng, &child->sandbox);
        }
    }
    argv[count + 1] = 0;
    switch (rng_below(rng, 12))
    {
    case 0:
        return hostile_bad_pointer(rng, &child->sandbox);
    case 1: // no terminator before the unmapped page
    {
        uint64_t* end = (uint64_t*)(child->sandbox.edge + PAGE_SIZE) - rng_range(rng, 1, 3);
        for (uint64_t* slot = end; slot < (uint64_t*)(child->sandbox.edge + PAGE_SIZE); slot++)
        {
            *slot = argv[0];
        }
        return (uint64_t)end;
    }
    case 2: // empty
        argv[0] = 0;
        return (uint64_t)argv;
    case 3: // too many
        for (size_t i = 0; i <= SPAWN_ARGS_MAX; i++)
        {
            argv[i] = argv[0];
        }
        argv[SPAWN_ARGS_MAX + 1] = 0;
        return (uint64_t)argv;
    case 4: // one far too long
    {
        char* big = (char*)(child->sandbox.scratch + 13 * PAGE_SIZE);
        size_t length = rng_range(rng, 4090, 4 * PAGE_SIZE);
        memset(big, 'a', length);
        big[length] = '\0';
        argv[1] = (uint64_t)big;
        argv[2] = 0;
        return (uint64_t)argv;
    }
    default:
        return (uint64_t)argv;
    }
}

static uint64_t spawn_fds(child_t* child, rng_t* rng)
{
    spawn_fd_t* fds = (spawn_fd_t*)(child->sandbox.scratch + 10 * PAGE_SIZE);
    size_t count = rng_chance(rng, 90) ? rng_below(rng, 5) : rng_range(rng, 60, 70);
    for (size_t i = 0; i < count; i++)
    {
        fd_t target = rng_chance(rng, 80) ? (fd_t)rng_below(rng, 8) : (fd_t)hostile_integer(rng);
        fds[i] = (spawn_fd_t){target, fd_hostile(child, rng)};
    }
    fds[count] = SPAWN_FD_END;
    switch (rng_below(rng, 10))
    {
    case 0:
        return hostile_bad_pointer(rng, &child->sandbox);
    case 1: // no end before the unmapped page
        fds = (spawn_fd_t*)(child->sandbox.edge + PAGE_SIZE) - 1;
        *fds = (spawn_fd_t){0, fd_hostile(child, rng)};
        return (uint64_t)fds;
    default:
        return (uint64_t)fds;
    }
}

void op_proc_spawn(child_t* child, rng_t* rng)
{
    char program[MAX_PATH];
    spawn_program(child, rng, program);
    uint64_t argv = spawn_argv(child, rng, program);
    uint64_t fds = spawn_fds(child, rng);
    uint64_t cwd = 0;
    if (rng_chance(rng, 40))
    {
        char path[MAX_PATH];
        path_class_t class;
        ops_path_to_open(child, rng, path, &class);
        cwd = rng_chance(rng, 85) ? ops_scratch_string(child, rng, path) : hostile_bad_pointer(rng, &child->sandbox);
    }
    static const int priorities[] = {PRIORITY_INHERIT, PRIORITY_MIN, PRIORITY_MAX, PRIORITY_MAX + 1, -2, 0x7fffffff,
        (int)0x80000000, PRIORITY_DEFAULT};
    int priority = priorities[rng_below(rng, sizeof(priorities) / sizeof(priorities[0]))];
    pid_t pid = spawn((const char**)argv, (const spawn_fd_t*)fds, (const char*)cwd, priority);
    if (pid > 0 && child_proc_add(child, pid))
    {
        child_proc_end(child, pid, rng_range(rng, 0, 10 * NS_PER_MS));
    }
}

void op_proc_sleep(child_t* child, rng_t* rng)
{
    (void)child;
    uint64_t ns = rng_chance(rng, 90) ? rng_below(rng, 1000000) : hostile_integer(rng);
    if (ns > 5 * NS_PER_MS && !rng_chance(rng, 1))
    {
        ns = 1; // a long sleep now and then; an alarm note ends it
    }
    sleep_ns(ns);
}

void op_proc_futex(child_t* child, rng_t* rng)
{
    volatile uint32_t* word = (volatile uint32_t*)(child->sandbox.scratch + 4 * rng_below(rng, 1024));
    if (rng_chance(rng, 15))
    {
        word = (volatile uint32_t*)hostile_pointer(rng, &child->sandbox, 4);
    }
    uint32_t value = rng_chance(rng, 20) ? (uint32_t)rng_next(rng) : 0;
    bool mapped_word = (uint64_t)word >= (uint64_t)child->sandbox.scratch &&
                       (uint64_t)word < (uint64_t)child->sandbox.scratch + SANDBOX_SCRATCH_PAGES * PAGE_SIZE - 4;
    if (mapped_word)
    {
        value = rng_chance(rng, 70) ? *word : value;
    }
    uint64_t timeout = rng_chance(rng, 1) ? TIMEOUT_NEVER : hostile_short_timeout(rng);
    int operation;
    switch (rng_below(rng, 6))
    {
    case 0:
    case 1:
        operation = FUTEX_WAIT;
        break;
    case 2:
    case 3:
        operation = FUTEX_WAKE;
        value = (uint32_t)hostile_integer(rng);
        break;
    case 4:
        // FUTEX_EXIT would end this thread; only its failures are tried here.
        operation = FUTEX_EXIT;
        word = (volatile uint32_t*)(mapped_word && rng_chance(rng, 50) ? (uint64_t)word | 1 : hostile_bad_pointer(rng, &child->sandbox));
        if (((uint64_t)word & 3) == 0 && (uint64_t)word < 0x0000800000000000ULL && (uint64_t)word != 0)
        {
            word = (volatile uint32_t*)((uint64_t)word | 2); // misaligned, so it fails whatever is mapped
        }
        break;
    default:
        operation = (int)hostile_integer(rng);
        operation = operation == FUTEX_EXIT ? 7 : operation;
        break;
    }
    futex(word, value, operation, timeout);
}

void op_proc_files(child_t* child, rng_t* rng)
{
    static const char* const files[] = {"status", "cmdline", "cwd", "ctl", "note", "", "nosuch", "status/x"};
    pid_t pid;
    switch (rng_below(rng, 5))
    {
    case 0:
        pid = child->pid;
        break;
    case 1:
        pid = child->procs[rng_below(rng, CHILD_PROCS_MAX)];
        break;
    case 2:
        pid = (pid_t)rng_below(rng, child->pid + 8);
        break;
    default:
        pid = (pid_t)hostile_integer(rng);
        break;
    }
    char path[MAX_PATH];
    snprintf(path, sizeof(path), "sys:/proc/%lld/%s", (long long)pid, files[rng_below(rng, sizeof(files) / sizeof(files[0]))]);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    for (int i = (int)rng_range(rng, 1, 4); i > 0; i--)
    {
        hostile_buffer_t buffer = hostile_buffer(rng, &child->sandbox);
        read(fd, (void*)buffer.address, buffer.length);
        if (rng_chance(rng, 30))
        {
            seek(fd, (off_t)hostile_integer(rng), (int)rng_below(rng, 4));
        }
    }
    close(fd);
}

// Commands to our own ctl file that must fail and change nothing.
void op_proc_ctl(child_t* child, rng_t* rng)
{
    char path[64], command[96];
    snprintf(path, sizeof(path), "sys:/proc/%lld/ctl", (long long)child->pid);
    fd_t fd = io_open(path);
    if (fd == -1)
    {
        return;
    }
    size_t length = text_ctl_command(rng, own_ctl_verbs, NULL, command, sizeof(command));
    if (!text_starts_with_word(command, length, "kill") && !text_starts_with_word(command, length, "handler"))
    {
        write(fd, command, length);
    }
    close(fd);
}

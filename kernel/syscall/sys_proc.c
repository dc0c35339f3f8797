// System calls for processes, threads and time.
#include "handlers.h"

#include <kernel/arch/clock.h>
#include <kernel/arch/rtc.h>
#include <kernel/mem/heap.h>
#include <kernel/mem/user_copy.h>
#include <kernel/proc/futex.h>
#include <kernel/proc/process.h>
#include <kernel/proc/user_thread.h>
#include <kernel/sched/sched.h>

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/proc.h>

// Limits on what spawn copies in: arguments, environment entries, the
// length of one string (terminator included) and of all of them together.
#define SPAWN_ARGS_MAX 256
#define SPAWN_ENV_MAX 1024
#define SPAWN_ARG_MAX 4096
#define SPAWN_STRINGS_MAX (128 * 1024)

int64_t sys_process_exit(int status)
{
    process_exit(process_current(), status);
    process_check_exit();
    return 0; // not reached
}

int64_t sys_thread_exit(void)
{
    thread_exit(); // the process ends with its last thread (see proc/user_thread.c)
}

int64_t sys_sleep(uint64_t nanoseconds)
{
    sched_sleep_until(clock_deadline_after(nanoseconds)); // TIMEOUT_NEVER: as good as forever
    return sched_current()->interrupted ? -EINTR : 0;
}

int64_t sys_pid(void)
{
    return process_current()->id;
}

int64_t sys_tid(void)
{
    return (int64_t)sched_current()->id;
}

int64_t sys_uptime(void)
{
    return (int64_t)clock_uptime_ns();
}

int64_t sys_epoch(void)
{
    return rtc_epoch_seconds();
}

int64_t sys_yield(void)
{
    sched_yield();
    return 0;
}

int64_t sys_thread_create(void* entry, void* argument, void* stack)
{
    uint64_t start = (uint64_t)entry, top = (uint64_t)stack;
    // Both must be user addresses; whether they are mapped is the new
    // thread's own problem (it faults, and its process ends).
    if (!user_range_valid((void*)start, 1) || !user_range_valid((void*)(top - 1), 1))
    {
        return -EFAULT;
    }
    thread_t* thread = user_thread_new(process_current(), start, top, (uint64_t)argument, 0, 0);
    return thread != NULL ? user_thread_start(thread) : -ENOMEM;
}

// FUTEX_EXIT: store the value, wake every waiter, end the thread. Done
// here rather than by the thread itself, so that once the word changes
// the thread never runs user code again: whoever waits on it may free
// the thread's stack at once (libstd's thrd_join does). The store is one
// write: a byte-by-byte copy showed the joiner 0 after the first byte,
// the joiner freed the stack, the rest of the copy faulted and the thread
// returned EFAULT into freed memory (seen on a busy host).
static int64_t sys_futex_exit(space_t* space, uint64_t address, uint32_t value)
{
    int result = user_store_u32((uint32_t*)address, value);
    if (result != 0)
    {
        return result; // nothing was stored: nobody was told
    }
    futex_wake(space, address, UINT32_MAX);
    thread_exit();
}

int64_t sys_futex(volatile uint32_t* address, uint32_t value, int operation, uint64_t timeout_ns)
{
    uint64_t word = (uint64_t)address;
    if (!user_range_valid((void*)word, sizeof(uint32_t)))
    {
        return -EFAULT;
    }
    space_t* space = process_current()->space;
    switch (operation)
    {
    case FUTEX_WAIT:
        return futex_wait(space, word, value, timeout_ns == TIMEOUT_NEVER ? 0 : clock_deadline_after(timeout_ns));
    case FUTEX_WAKE:
        return futex_wake(space, word, value);
    case FUTEX_EXIT:
        return sys_futex_exit(space, word, value);
    default:
        return -EINVAL;
    }
}

// ---- spawn --------------------------------------------------------------

// Each string is read once, into one buffer that grows as needed (by
// offsets, as it may move); what the kernel uses is only ever that copy,
// so another thread changing the arrays meanwhile changes nothing.
typedef struct
{
    char* text; /**< every string, terminators included, back to back */
    size_t used;
    size_t capacity;
    size_t arg_at[SPAWN_ARGS_MAX];
    int argc;
    size_t env_at[SPAWN_ENV_MAX];
    int envc;
    char* argv[SPAWN_ARGS_MAX + 1];
    char* envp[SPAWN_ENV_MAX + 1];
    spawn_fd_t fds[MAX_FD];
    size_t fd_count;
    char cwd[MAX_PATH];
} spawn_args_t;

static void spawn_args_free(spawn_args_t* args)
{
    kfree(args->text);
    kfree(args);
}

// Room for the longest string that may still come.
static int spawn_text_reserve(spawn_args_t* args, size_t* limit)
{
    size_t left = SPAWN_STRINGS_MAX - args->used;
    *limit = left < SPAWN_ARG_MAX ? left : SPAWN_ARG_MAX;
    if (*limit == 0)
    {
        return -E2BIG;
    }
    if (args->capacity - args->used >= *limit)
    {
        return 0;
    }
    size_t capacity = args->capacity == 0 ? 2 * SPAWN_ARG_MAX : args->capacity;
    while (capacity - args->used < *limit)
    {
        capacity *= 2;
    }
    char* bigger = krealloc(args->text, capacity);
    if (bigger == NULL)
    {
        return -ENOMEM;
    }
    args->text = bigger;
    args->capacity = capacity;
    return 0;
}

// One NULL-terminated array of strings from user memory, at most @p max;
// their offsets go to @p at, their number to @p count.
static int spawn_copy_strings(spawn_args_t* args, uint64_t user_array, size_t* at, int* count, int max)
{
    for (;;)
    {
        uint64_t pointer;
        int result = user_copy_from(&pointer, (const void*)(user_array + (uint64_t)*count * sizeof(uint64_t)),
            sizeof(pointer));
        if (result != 0)
        {
            return result;
        }
        if (pointer == 0)
        {
            return 0;
        }
        if (*count == max)
        {
            return -E2BIG;
        }
        size_t limit;
        result = spawn_text_reserve(args, &limit);
        if (result != 0)
        {
            return result;
        }
        long length = user_copy_string(args->text + args->used, (const char*)pointer, limit);
        if (length < 0)
        {
            return length == -ENAMETOOLONG ? -E2BIG : (int)length;
        }
        at[(*count)++] = args->used;
        args->used += (size_t)length + 1;
    }
}

// Every entry of the copied environment is NAME=value with a name.
static int spawn_check_env(const spawn_args_t* args)
{
    for (int i = 0; i < args->envc; i++)
    {
        const char* entry = args->text + args->env_at[i];
        const char* equals = strchr(entry, '=');
        if (equals == NULL || equals == entry)
        {
            return -EINVAL;
        }
    }
    return 0;
}

static void spawn_point_strings(spawn_args_t* args)
{
    for (int i = 0; i < args->argc; i++)
    {
        args->argv[i] = args->text + args->arg_at[i];
    }
    args->argv[args->argc] = NULL;
    for (int i = 0; i < args->envc; i++)
    {
        args->envp[i] = args->text + args->env_at[i];
    }
    args->envp[args->envc] = NULL;
}

static int spawn_copy_fds(spawn_args_t* args, uint64_t user_fds)
{
    for (;;)
    {
        spawn_fd_t pair;
        int result = user_copy_from(&pair, (const void*)(user_fds + args->fd_count * sizeof(pair)), sizeof(pair));
        if (result != 0)
        {
            return result;
        }
        if (pair.child == -1 && pair.parent == -1)
        {
            return 0;
        }
        if (args->fd_count == MAX_FD)
        {
            return -EINVAL;
        }
        args->fds[args->fd_count++] = pair;
    }
}

// Everything spawn was given, copied in; the environment last, so that a
// caller passing no fifth argument (a stale register) still sees the
// errors of the first four first.
static int spawn_copy_args(spawn_args_t* args, uint64_t user_argv, uint64_t user_fds, uint64_t user_cwd,
    uint64_t user_envp)
{
    int result = spawn_copy_strings(args, user_argv, args->arg_at, &args->argc, SPAWN_ARGS_MAX);
    if (result == 0 && args->argc == 0)
    {
        result = -EINVAL;
    }
    if (result == 0 && user_fds != 0)
    {
        result = spawn_copy_fds(args, user_fds);
    }
    if (result == 0 && user_cwd != 0)
    {
        long length = user_copy_string(args->cwd, (const char*)user_cwd, MAX_PATH);
        result = length < 0 ? (int)length : 0;
    }
    if (result == 0 && user_envp != 0)
    {
        result = spawn_copy_strings(args, user_envp, args->env_at, &args->envc, SPAWN_ENV_MAX);
    }
    if (result == 0)
    {
        result = spawn_check_env(args);
    }
    return result;
}

int64_t sys_spawn(const char** argv, const spawn_fd_t* fds, const char* cwd, int priority, const char* const* envp)
{
    spawn_args_t* args = kcalloc(1, sizeof(spawn_args_t));
    if (args == NULL)
    {
        return -ENOMEM;
    }
    // The copying reads the user arrays entry by entry, by address.
    int result = spawn_copy_args(args, (uint64_t)argv, (uint64_t)fds, (uint64_t)cwd, (uint64_t)envp);
    if (result == 0)
    {
        spawn_point_strings(args);
        result = process_spawn(process_current(), args->argv, args->argc, args->envp, args->envc,
            fds != NULL ? args->fds : NULL, args->fd_count, cwd != NULL ? args->cwd : NULL, priority);
    }
    spawn_args_free(args);
    return result;
}

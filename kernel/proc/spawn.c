// spawn: a new process from a program file, in one step (there is no fork).
#include "fd.h"
#include "load.h"
#include "process.h"
#include "user_thread.h"

#include <kernel/fs/vfs.h>
#include <kernel/log/log.h>
#include <kernel/mem/heap.h>
#include <kernel/sched/sched.h>
#include <kernel/sched/waitqueue.h>
#include <kernel/time/clock_page.h>

#include <errno.h>
#include <stddef.h>
#include <string.h>

#define SPAWN_IMAGE_MAX (64ULL << 20)

static pid_t next_pid = 1;

// The whole program file, in kernel memory.
static int spawn_read_image(const char* cwd, const char* path, void** image, size_t* size)
{
    file_t* file;
    int result = vfs_open(cwd, path, &file);
    if (result != 0)
    {
        return result;
    }
    size_t capacity = 64 * 1024, length = 0;
    uint8_t* buffer = kmalloc(capacity);
    while (buffer != NULL)
    {
        if (length == capacity)
        {
            uint8_t* bigger = capacity * 2 <= SPAWN_IMAGE_MAX ? krealloc(buffer, capacity * 2) : NULL;
            if (bigger == NULL)
            {
                break;
            }
            buffer = bigger;
            capacity *= 2;
        }
        ssize_t got = file_read(file, buffer + length, capacity - length);
        if (got <= 0)
        {
            file_put(file);
            if (got < 0)
            {
                kfree(buffer);
                return got == -EISDIR ? -ENOEXEC : (int)got;
            }
            *image = buffer;
            *size = length;
            return 0;
        }
        length += (size_t)got;
    }
    file_put(file);
    kfree(buffer);
    return -ENOMEM;
}

// The strings joined, each followed by @p separator, the last by a
// newline; an empty text for none.
static char* spawn_join(char* const* strings, int count, char separator)
{
    size_t total = 1;
    for (int i = 0; i < count; i++)
    {
        total += strlen(strings[i]) + 1;
    }
    char* text = kmalloc(total);
    if (text == NULL)
    {
        return NULL;
    }
    size_t at = 0;
    for (int i = 0; i < count; i++)
    {
        size_t length = strlen(strings[i]);
        memcpy(text + at, strings[i], length);
        at += length;
        text[at++] = i + 1 < count ? separator : '\n';
    }
    text[at] = '\0';
    return text;
}

// A process the kernel starts reads and writes the console.
static int spawn_console_fds(process_t* child)
{
    file_t* console;
    int result = vfs_open(NULL, "sys:/console", &console);
    if (result != 0)
    {
        return result;
    }
    for (fd_t fd = 0; fd < 3; fd++)
    {
        file_ref(console);
        child->fds[fd] = console;
    }
    file_put(console);
    return 0;
}

// The child's descriptors, taken from the parent (a reference each).
static int spawn_give_fds(process_t* child, process_t* parent, const spawn_fd_t* fds, size_t fd_count)
{
    static const spawn_fd_t standard[] = {{0, 0}, {1, 1}, {2, 2}};
    if (parent == NULL)
    {
        return spawn_console_fds(child);
    }
    if (fds == NULL)
    {
        fds = standard;
        fd_count = 3;
    }
    for (size_t i = 0; i < fd_count; i++)
    {
        fd_t target = fds[i].child;
        if (target < 0 || target >= MAX_FD || child->fds[target] != NULL)
        {
            return -EINVAL;
        }
        file_t* file = fd_get(parent, fds[i].parent);
        if (file == NULL)
        {
            if (fds == standard)
            {
                continue; // the parent simply has no such descriptor
            }
            return -EBADF;
        }
        child->fds[target] = file;
    }
    return 0;
}

static int spawn_priority(process_t* parent, int priority, uint8_t* out)
{
    if (priority == PRIORITY_INHERIT)
    {
        *out = parent != NULL ? parent->priority : PRIORITY_DEFAULT;
        return 0;
    }
    if (priority < PRIORITY_MIN || priority > PRIORITY_MAX)
    {
        return -EINVAL;
    }
    *out = (uint8_t)priority;
    return 0;
}

// Everything but the main thread; on failure the caller frees what is set.
static int spawn_build(process_t* child, process_t* parent, char* const* argv, int argc, char* const* envp,
    int envc, const spawn_fd_t* fds, size_t fd_count, const char* cwd, int priority, load_info_t* info)
{
    char parent_cwd[MAX_PATH] = "home:/";
    if (parent != NULL)
    {
        spin_lock(&parent->lock);
        memcpy(parent_cwd, parent->cwd, MAX_PATH);
        spin_unlock(&parent->lock);
    }
    int result = spawn_priority(parent, priority, &child->priority);
    if (result != 0)
    {
        return result;
    }
    result = cwd != NULL ? vfs_chdir(parent_cwd, cwd, child->cwd) : 0;
    if (cwd == NULL)
    {
        memcpy(child->cwd, parent_cwd, MAX_PATH);
    }
    if (result != 0)
    {
        return result;
    }
    void* image = NULL;
    size_t size = 0;
    result = spawn_read_image(parent_cwd, argv[0], &image, &size);
    if (result != 0)
    {
        return result;
    }
    child->space = space_create();
    result = child->space == NULL ? -ENOMEM : clock_page_map(child->space);
    if (result == 0)
    {
        result = load_elf(child->space, image, size, info);
    }
    kfree(image);
    if (result != 0)
    {
        return result;
    }
    space_set_fault_handler(child->space, process_fault, child);
    result = load_stack(child->space, argv, argc, envp, envc, info);
    if (result != 0)
    {
        return result;
    }
    child->cmdline = spawn_join(argv, argc, ' ');
    child->environ = spawn_join(envp, envc, '\n');
    if (child->cmdline == NULL || child->environ == NULL)
    {
        return -ENOMEM;
    }
    return spawn_give_fds(child, parent, fds, fd_count);
}

// Undo a spawn that failed. It was never in the table, so never in
// sys:/proc either; the last reference frees it.
static void spawn_abandon(process_t* child)
{
    fd_close_all(child);
    if (child->space != NULL)
    {
        space_destroy(child->space);
        child->space = NULL;
    }
    spin_lock(&child->lock);
    child->exiting = true;
    child->exited = true;
    child->released = true; // never in the table
    spin_unlock(&child->lock);
    process_put(child);
}

pid_t process_spawn(process_t* parent, char* const* argv, int argc, char* const* envp, int envc,
    const spawn_fd_t* fds, size_t fd_count, const char* cwd, int priority)
{
    if (argc < 1)
    {
        return -EINVAL;
    }
    process_t* child = kcalloc(1, sizeof(process_t));
    if (child == NULL)
    {
        return -ENOMEM;
    }
    child->refs = 1; // ours until the main thread runs
    spinlock_init(&child->lock);
    wait_queue_init(&child->exit_waiters);
    strncpy(child->path, argv[0], MAX_PATH - 1);
    load_info_t info = {0};
    int result = spawn_build(child, parent, argv, argc, envp, envc, fds, fd_count, cwd, priority, &info);
    // Everything that can fail comes before the process is in the table:
    // its main thread too, made but not started.
    thread_t* main_thread = NULL;
    if (result == 0)
    {
        child->id = __atomic_fetch_add(&next_pid, 1, __ATOMIC_RELAXED);
        child->parent_id = parent != NULL ? parent->id : 0;
        main_thread = user_thread_new(child, info.entry, info.rsp, (uint64_t)argc, info.argv, info.envp);
        result = main_thread != NULL ? 0 : -ENOMEM;
    }
    if (result != 0)
    {
        if (main_thread != NULL)
        {
            user_thread_discard(main_thread);
        }
        spawn_abandon(child);
        return result;
    }
    child->parent = parent; // under the table's rules from here on
    process_ref(child);     // the table's reference
    process_table_add(child);
    pid_t pid = child->id;
    // The first thread cannot be refused. Should a kill have come through
    // sys:/proc meanwhile, it exits at once and the process ends as any
    // other does when its last thread is gone.
    user_thread_start(main_thread);
    log_debug("proc: pid %ld started %s", (long)pid, child->path);
    process_put(child);
    return pid;
}

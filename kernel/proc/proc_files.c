// sys:/proc/[pid]/: a process as files.
//   ctl      "wait" blocks until the process has exited (and, from its
//            parent, lets it go); "kill" ends it; "handler ADDRESS" and
//            "noted" (from the process itself) serve its note handler
//            (note.h); anything else is EINVAL
//   note     writing a text sends it as a note
//   cmdline  its arguments
//   environ  the environment it was started with, one NAME=value a line
//            (what it changed since is its own memory's business)
//   cwd      its working directory and a newline (pwd reads its own)
//   status   "key value" lines: pid, parent, state, exit (once exited),
//            threads, priority, pages (user memory it owns or was
//            promised, in pages; 0 once torn down)
//   threads  one line per live thread: "TID STATE cpu N priority N
//            interrupted N", where STATE is ready, running, blocked (in a
//            wait, or asleep) or dead (exited, not yet reaped), and
//            interrupted 1 says a note or the process's end asked it to
//            stop waiting and it has not yet looked; for people and for
//            tests that want to show what a stuck process is doing
// The directories are made from the process table as they are asked for:
// a process is in sys:/proc from the moment it is in the table until it
// is released (its parent waited, or nobody is left to). A file opened
// while it was there holds a reference on it, so it stays readable after
// the process is gone from the table: process_wait reads the exit status
// through a status file opened before its "wait".
#include "note.h"
#include "process.h"

#include <kernel/cpu/cpu.h>
#include <kernel/fs/ctl.h>
#include <kernel/mem/heap.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

// Any file of sys:/proc/[pid]/: its process, while it is in the table.
static int proc_file_open(file_t* file, uint64_t id)
{
    process_t* process = id <= INT32_MAX ? process_get((pid_t)id) : NULL;
    if (process == NULL)
    {
        return -ENOENT;
    }
    file->object = process;
    return 0;
}

static void proc_file_close(file_t* file)
{
    process_put(file->object);
}

// "wait": until the process has exited (from its parent, this lets it go).
static int proc_ctl_wait(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    process_t* process = file->object;
    process_t* self = process_current();
    if (self == process)
    {
        return -EINVAL; // it would wait for itself forever
    }
    return process_wait_exit(process, self);
}

static int proc_ctl_kill(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    process_exit(file->object, EXIT_KILLED);
    return 0;
}

// "noted": back from the note handler; only the process itself, and on
// success it does not return.
static int proc_ctl_noted(file_t* file, const ctl_arg_t* args)
{
    (void)args;
    return file->object == process_current() ? note_return() : -EINVAL;
}

static int proc_ctl_handler(file_t* file, const ctl_arg_t* args)
{
    return note_set_handler(file->object, args[0].number);
}

static const ctl_command_t proc_ctl_commands[] = {
    {.name = "wait", .run = proc_ctl_wait},
    {.name = "kill", .run = proc_ctl_kill},
    {.name = "noted", .run = proc_ctl_noted},
    {.name = "handler", .args = {CTL_NUMBER}, .usage = "ADDRESS", .run = proc_ctl_handler},
};

static const ctl_table_t proc_ctl_table = CTL_TABLE("proc ctl", proc_ctl_commands);

static ssize_t proc_ctl_write(file_t* file, const void* buffer, size_t count)
{
    return ctl_write(file, &proc_ctl_table, buffer, count);
}

static ssize_t proc_note_write(file_t* file, const void* buffer, size_t count)
{
    int result = note_post(file->object, buffer, count);
    return result != 0 ? result : (ssize_t)count;
}

static ssize_t proc_cmdline_read(file_t* file, void* buffer, size_t count)
{
    process_t* process = file->object;
    return file_read_text(file, buffer, count, process->cmdline, strlen(process->cmdline));
}

static ssize_t proc_environ_read(file_t* file, void* buffer, size_t count)
{
    process_t* process = file->object;
    return file_read_text(file, buffer, count, process->environ, strlen(process->environ));
}

static ssize_t proc_cwd_read(file_t* file, void* buffer, size_t count)
{
    process_t* process = file->object;
    char text[MAX_PATH + 1];
    spin_lock(&process->lock); // chdir may be changing it meanwhile
    size_t length = strlen(process->cwd);
    memcpy(text, process->cwd, length);
    spin_unlock(&process->lock);
    text[length++] = '\n';
    return file_read_text(file, buffer, count, text, length);
}

static ssize_t proc_status_read(file_t* file, void* buffer, size_t count)
{
    process_t* process = file->object;
    char text[256];
    spin_lock(&process->lock);
    bool exited = process->exited;
    int status = process->status;
    uint32_t threads = process->thread_count;
    // Gone once the process has been torn down (process_teardown).
    uint64_t pages = process->space != NULL ? __atomic_load_n(&process->space->owned_pages, __ATOMIC_RELAXED) : 0;
    spin_unlock(&process->lock);
    int length = snprintf(text, sizeof(text), "pid %ld\nparent %ld\nstate %s\n", (long)process->id,
        (long)process->parent_id, exited ? "exited" : "running");
    if (exited)
    {
        length += snprintf(text + length, sizeof(text) - length, "exit %d\n", status);
    }
    length += snprintf(text + length, sizeof(text) - length, "threads %u\npriority %u\npages %llu\n", threads,
        (unsigned)process->priority, (unsigned long long)pages);
    return file_read_text(file, buffer, count, text, (size_t)length);
}

static const char* proc_thread_state(const thread_t* thread)
{
    switch (thread->state)
    {
    case THREAD_READY:
        return "ready";
    case THREAD_RUNNING:
        return "running";
    case THREAD_BLOCKED:
        return thread->asleep && thread->waiting_on == NULL ? "asleep" : "blocked";
    default:
        return "dead";
    }
}

#define PROC_THREADS_TEXT 4096

// A snapshot: the states are read without the scheduler's locks, so a
// thread may have moved on by the time the text is read.
static ssize_t proc_threads_read(file_t* file, void* buffer, size_t count)
{
    process_t* process = file->object;
    char* text = kmalloc(PROC_THREADS_TEXT);
    if (text == NULL)
    {
        return -ENOMEM;
    }
    size_t length = 0;
    spin_lock(&process->lock);
    for (thread_t* thread = process->threads; thread != NULL && length < PROC_THREADS_TEXT; thread = thread->process_next)
    {
        int written = snprintf(text + length, PROC_THREADS_TEXT - length, "%lu %s cpu %d priority %u interrupted %d\n",
            (unsigned long)thread->id, proc_thread_state(thread), thread->cpu != NULL ? (int)thread->cpu->index : -1,
            (unsigned)thread->priority, (int)__atomic_load_n(&thread->interrupted, __ATOMIC_RELAXED));
        length += written > 0 ? (size_t)written : 0;
    }
    spin_unlock(&process->lock);
    length = length < PROC_THREADS_TEXT ? length : PROC_THREADS_TEXT - 1;
    ssize_t result = file_read_text(file, buffer, count, text, length);
    kfree(text);
    return result;
}

static const file_ops_t proc_ctl_ops = {
    .open = proc_file_open, .write = proc_ctl_write, .close = proc_file_close};
static const file_ops_t proc_note_ops = {.open = proc_file_open, .write = proc_note_write, .close = proc_file_close};
static const file_ops_t proc_cmdline_ops = {
    .open = proc_file_open, .read = proc_cmdline_read, .close = proc_file_close};
static const file_ops_t proc_environ_ops = {
    .open = proc_file_open, .read = proc_environ_read, .close = proc_file_close};
static const file_ops_t proc_cwd_ops = {.open = proc_file_open, .read = proc_cwd_read, .close = proc_file_close};
static const file_ops_t proc_status_ops = {
    .open = proc_file_open, .read = proc_status_read, .close = proc_file_close};
static const file_ops_t proc_threads_ops = {
    .open = proc_file_open, .read = proc_threads_read, .close = proc_file_close};

// ---- the device: sys:/proc and sys:/proc/[pid]/ ------------------------------

enum
{
    PROC_DIR = 1, /**< sys:/proc/[pid] */
};

static const sysdev_file_t proc_files[] = {{"ctl", &proc_ctl_ops}, {"cmdline", &proc_cmdline_ops},
    {"environ", &proc_environ_ops}, {"cwd", &proc_cwd_ops}, {"status", &proc_status_ops},
    {"threads", &proc_threads_ops}, {"note", &proc_note_ops}};

#define PROC_FILE_COUNT (sizeof(proc_files) / sizeof(proc_files[0]))

// Whether process @p id is in the table (its directory exists).
static bool proc_listed(uint64_t id)
{
    process_t* process = id <= INT32_MAX ? process_get((pid_t)id) : NULL;
    if (process != NULL)
    {
        process_put(process);
    }
    return process != NULL;
}

static int proc_gen(const sysdev_qid_t* dir, uint64_t index, sysdev_entry_t* entry)
{
    if (dir->type == PROC_DIR)
    {
        return proc_listed(dir->id) ? sysdev_gen_files(proc_files, PROC_FILE_COUNT, dir->id, index, entry) : -ENOENT;
    }
    pid_t pid;
    if (!process_id_at(index, &pid))
    {
        return -ENOENT;
    }
    sysdev_entry_object(entry, PROC_DIR, (uint64_t)pid);
    return 0;
}

// The pid is checked when its directory is walked into; its files are
// then found by name (their open hook looks the process up anyway).
static int proc_walk(const sysdev_qid_t* dir, const char* name, sysdev_entry_t* entry)
{
    uint64_t id;
    if (dir->type == SYSDEV_ROOT)
    {
        if (!sysdev_name_id(name, &id) || !proc_listed(id))
        {
            return -ENOENT;
        }
        sysdev_entry_object(entry, PROC_DIR, id);
        return 0;
    }
    return sysdev_walk_files(proc_files, PROC_FILE_COUNT, dir->id, name, entry);
}

const sysdev_t proc_device = {.path = "proc", .gen = proc_gen, .walk = proc_walk};

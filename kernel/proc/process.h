// Processes: an address space, descriptors, a working directory and one
// or more user threads.
//
// Life of a process: process_spawn makes it and starts its main thread.
// It ends when its last thread has gone (exit, a fault, a "kill" through
// its ctl file, or simply its threads all exiting): every other thread is
// interrupted and exits on its way back to user mode; once the last one
// has left its CPU, the reaper thread closes its descriptors and frees its
// address space, and only then marks it exited, so that whoever waits for
// it finds its memory already returned. It then stays, its status
// readable under sys:/proc/[pid]/, until its parent waits for it (or the
// parent is gone itself).
#ifndef KERNEL_PROC_PROCESS_H
#define KERNEL_PROC_PROCESS_H 1

#include <kernel/arch/interrupt.h>
#include <kernel/fs/file.h>
#include <kernel/fs/sysdev.h>
#include <kernel/mem/space.h>
#include <kernel/sched/thread.h>
#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stdint.h>
#include <sys/io.h>
#include <sys/proc.h>
#include <sys/types.h>

#define PROCESS_CMDLINE_MAX 4096
/** Longest note with its terminator, and notes waiting per process (see note.h). */
#define PROCESS_NOTE_MAX 64
#define PROCESS_NOTE_QUEUE 8

typedef struct process
{
    pid_t id;
    volatile uint32_t refs;
    struct process* parent; /**< NULL once the parent is gone (process table lock) */
    pid_t parent_id;        /**< who spawned it (0: the kernel), for sys:/proc */
    struct process* table_next;
    struct process* reap_next; /**< in the reaper's queue */
    space_t* space;
    char path[MAX_PATH]; /**< the program, for logs */
    char* cmdline;       /**< the arguments joined by spaces, immutable */
    char* environ;       /**< the environment it started with, one entry a line, immutable */
    uint8_t priority;

    spinlock_t lock; /**< guards everything below */
    file_t* fds[MAX_FD];
    char cwd[MAX_PATH];
    thread_t* threads; /**< live threads, through process_next */
    uint32_t thread_count; /**< threads not yet reaped */
    bool exiting;          /**< ending: no new threads, the others are interrupted */
    bool exited;           /**< torn down: status final, memory returned */
    bool released;         /**< waited for (or orphaned): out of the table */
    int status;
    wait_queue_t exit_waiters;
    char notes[PROCESS_NOTE_QUEUE][PROCESS_NOTE_MAX]; /**< waiting notes, oldest at note_head */
    uint32_t note_head;
    uint32_t note_count;
    uint64_t note_handler; /**< user address of the note handler, or 0 */
} process_t;

/** Start the reaper. */
void process_init(void);

/** sys:/proc: a directory [pid] for each process in the table (proc_files.c). */
extern const sysdev_t proc_device;

/** The calling thread's process, or NULL for a kernel thread. */
process_t* process_current(void);

/** The process with id @p pid, with a reference; NULL if there is none. */
process_t* process_get(pid_t pid);

/** The id of the @p index-th process in the table (0: the oldest); false past the end. */
bool process_id_at(uint64_t index, pid_t* pid);

void process_ref(process_t* process);
void process_put(process_t* process);

/**
 * True if @p process is the process @p ancestor or descends from it (its
 * parent, its parent's parent, ... while they are alive). A kernel thread
 * (NULL) counts as everyone's ancestor and descendant.
 */
bool process_is_descendant(process_t* process, pid_t ancestor);

/** Processes in the table (running or waiting to be waited for). */
uint64_t process_count(void);

/**
 * Start ending @p process with @p status (the first status given wins):
 * no new threads, and every thread is interrupted. The caller, if it is
 * one of them, exits through process_check_exit.
 */
void process_exit(process_t* process, int status);

/** If the calling thread's process is ending, exit the thread (called on every way back to user mode). */
void process_check_exit(void);

/**
 * Wait until @p process has exited; 0, or -EINTR if the waiting thread is
 * being ended itself. If @p waiter is its parent, the process is released
 * (its sys:/proc directory goes).
 */
int process_wait_exit(process_t* process, process_t* waiter);

/**
 * Start a program: @p argv[0] is its path (relative to @p parent's working
 * directory), @p argc arguments; @p envp its environment (@p envc
 * "NAME=value" strings, none if 0); @p fds gives it our descriptors
 * (fd_count pairs; NULL: our 0, 1 and 2); @p cwd is its working directory
 * (NULL: the parent's, or home:/ for a process the kernel starts);
 * @p priority is PRIORITY_MIN..PRIORITY_MAX or PRIORITY_INHERIT. All
 * arguments are kernel memory. The new pid, or a negated errno.
 */
pid_t process_spawn(process_t* parent, char* const* argv, int argc, char* const* envp, int envc,
    const spawn_fd_t* fds, size_t fd_count, const char* cwd, int priority);

/** Add a new process to the table (spawn.c). */
void process_table_add(process_t* process);

/** Take @p process out of the table (so out of sys:/proc), once; drops the table's reference. */
void process_release(process_t* process);

/** For the reaper (reaper.c): the last thread of @p process is gone. */
void process_teardown(process_t* process);

/** Queue @p process for the reaper. */
void reaper_enqueue(process_t* process);
void reaper_init(void);

/** The user-fault handler every process's space gets (fault.c). */
void process_fault(void* owner, const interrupt_frame_t* frame, uint64_t address);

#endif

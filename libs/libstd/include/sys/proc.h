/**
 * @file sys/proc.h
 * @brief Processes and threads: spawn, exit, wait, sleep, futex.
 *
 * There is no fork or exec: spawn() starts a program in a new process.
 * A process is also a directory of files, sys:/proc/[pid]/:
 *   ctl      write "wait" (block until it has exited) or "kill" (end it);
 *            "handler ADDRESS" and "noted" serve note handlers (see
 *            note_handler below); anything else fails with EINVAL
 *   note     write a note to send it (see note_send below)
 *   cmdline  its arguments, separated by spaces, ending in a newline
 *   environ  the environment it started with, one NAME=value a line
 *   cwd      its working directory, ending in a newline
 *   status   lines "key value": pid, parent, state (running or exited),
 *            exit (the status, once exited), threads, priority, pages
 *            (user memory it owns or was promised, in 4 KiB pages)
 *
 * A new process's main thread has an 8 MiB stack, of which only the
 * pages it touches take memory; running off its bottom (an unmapped
 * guard page) ends the process with a page fault. The stack is not
 * executable unless the program's PT_GNU_STACK header asks for it (PF_X;
 * GCC's trampolines for nested functions do).
 * A process that has exited stays (its status readable) until its parent
 * waits for it or exits itself.
 *
 * Every function returns -1 and sets errno on failure unless it says
 * otherwise.
 */
#ifndef _SYS_PROC_H
#define _SYS_PROC_H 1

#include <bits/page_size.h> // PAGE_SIZE: mem_map and stacks work in pages
#include <sys/types.h>

/** Priorities: higher runs first. */
#define PRIORITY_MIN 0
#define PRIORITY_MAX 31
#define PRIORITY_DEFAULT 16
/** For spawn(): the caller's own priority. */
#define PRIORITY_INHERIT (-1)

/** The exit status of a process ended by a fault: this plus the exception vector. */
#define EXIT_FAULT_BASE 128
/** The exit status of a process ended through its ctl file's "kill". */
#define EXIT_KILLED 137

/** One descriptor a new process gets: its number there, and which of ours. */
typedef struct
{
    fd_t child;
    fd_t parent;
} spawn_fd_t;

/** Ends a spawn_fd_t list. */
#define SPAWN_FD_END ((spawn_fd_t){-1, -1})

/**
 * Start the program at argv[0] with the arguments @p argv (ending with
 * NULL) in a new process. @p fds lists the descriptors it gets (ending
 * with SPAWN_FD_END); NULL gives it our 0, 1 and 2 as its own. @p cwd is
 * its working directory (NULL: ours). @p priority is PRIORITY_MIN to
 * PRIORITY_MAX or PRIORITY_INHERIT. The new process gets a copy of our
 * environment (environ, stdlib.h). Returns the new process's id. Errors:
 * E2BIG for too many or too long arguments (256 strings of up to 4095
 * bytes; arguments and environment 128 KiB together), EFAULT for a bad
 * pointer, EINVAL for an empty @p argv, a bad priority or descriptor
 * list, ENOENT, ENOEXEC, ENOMEM.
 */
pid_t spawn(const char** argv, const spawn_fd_t* fds, const char* cwd, int priority);

/**
 * Like spawn(), but the new process's environment is @p envp: "NAME=value"
 * strings ending with NULL (NULL: an empty environment). At most 1024
 * entries; one without '=' or with an empty NAME fails with EINVAL.
 */
pid_t spawn_env(const char** argv, const char* const* envp, const spawn_fd_t* fds, const char* cwd, int priority);

/** PATH's value when the environment has none. */
#define SPAWN_DEFAULT_PATH "home:/bin:home:/usr/bin"

/**
 * Find the program @p name as a shell or posix_spawnp() would: a name with
 * '/' or ':' is a path and is copied as it is; otherwise each directory of
 * PATH (SPAWN_DEFAULT_PATH when unset) is tried in order and the first
 * that holds a file (not a directory) called @p name wins. PATH's entries
 * are separated by ':'; a ':' that follows a bare label and comes before
 * '/' belongs to the entry ("home:/bin:home:/usr/bin" is two entries); an
 * empty entry is the working directory. Stores the path in @p path (@p
 * size bytes). Returns 0, or -1 with errno ENOENT (not found),
 * ENAMETOOLONG (a candidate did not fit and nothing else was found) or
 * EINVAL.
 */
int spawn_lookup(const char* name, char* path, size_t size);

/**
 * Wait for process @p pid to exit; stores its exit status in @p status
 * (if not NULL) and lets it go. Only its parent may wait.
 */
int process_wait(pid_t pid, int* status);

/** End process @p pid (the note "kill"). */
int process_kill(pid_t pid);

/**
 * Notes: short texts (under 64 bytes) sent to a process through
 * sys:/proc/[pid]/note. "kill" always ends the process. Without a handler,
 * "interrupt" and "terminate" end it too and other notes are dropped.
 * With one, a thread of the process stops what it is doing (a system call
 * it was waiting in fails with EINTR), runs the handler with the note's
 * text, and carries on exactly where it was when the handler returns.
 */
int note_send(pid_t pid, const char* note);

/** Run @p handler for every note this process gets (NULL: the defaults again). */
int note_handler(void (*handler)(const char* note));

/** The calling process's id (cannot fail). */
pid_t process_id(void);

/** The calling thread's id (cannot fail). */
tid_t thread_id(void);

/**
 * Start a thread running entry(argument) on the stack whose top is @p
 * stack_top (16-byte aligned, user memory). Returns its id. When entry
 * returns, the thread exits. (libstd keeps the thread's control block,
 * which holds its errno, in the top 32 bytes of that stack, and hands
 * @p entry over in the 16 bytes below.)
 */
tid_t thread_create_raw(void (*entry)(void*), void* argument, void* stack_top);

/** End the calling thread (the process ends with its last thread). */
_Noreturn void thread_exit(void);

/** Let other threads run. */
void yield(void);

/** Sleep at least @p nanoseconds. */
int sleep_ns(uint64_t nanoseconds);

/** Nanoseconds since boot (cannot fail). */
uint64_t uptime(void);

/** Futex operations. */
#define FUTEX_WAIT 0 /**< sleep while *address == value, up to the timeout */
#define FUTEX_WAKE 1 /**< wake up to value threads sleeping on address */
#define FUTEX_EXIT 2 /**< store value at address, wake all, end the calling thread */

/**
 * FUTEX_WAIT: fails with EAGAIN at once if *address != value, with
 * ETIMEDOUT when @p timeout_ns (TIMEOUT_NEVER: none) passes; returns 0
 * when woken. FUTEX_WAKE: returns the number woken. FUTEX_EXIT does not
 * return unless it fails (EFAULT, EINVAL when misaligned): the kernel
 * stores @p value, wakes every thread sleeping on @p address and ends the
 * calling thread, which runs no user code after the store; so a thread
 * that sees the value may free the exiting thread's stack (threads.h's
 * thrd_join does).
 */
int futex(volatile uint32_t* address, uint32_t value, int operation, uint64_t timeout_ns);

/** Protections for mem_map() and mprotect(). */
#define PROT_NONE 0x0
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4

/**
 * Map @p length bytes (rounded up to pages): zeroed memory when @p fd is
 * -1, else the object open as @p fd (shared memory, the framebuffer).
 * @p address is a hint (NULL: anywhere). Returns the address, or NULL.
 */
void* mem_map(fd_t fd, void* address, size_t length, int protection);

/** Unmap pages mapped with mem_map(). */
int munmap(void* address, size_t length);

/** Change the protection of mapped pages. */
int mprotect(void* address, size_t length, int protection);

#endif

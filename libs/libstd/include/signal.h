/**
 * @file signal.h
 * @brief Signal handling (C17 7.14), on top of notes (sys/proc.h).
 *
 * Three signals are notes, text messages other processes (or the console,
 * for ^C) send through sys:/proc/[pid]/note:
 *   SIGINT   the note "interrupt"  (^C at the console)
 *   SIGTERM  the note "terminate"
 *   SIGKILL  the note "kill", which always ends the process: it cannot be
 *            caught or ignored (signal() fails with EINVAL)
 * The first signal() for SIGINT or SIGTERM installs libstd's note handler
 * (note_handler), which maps each note to its signal and does what the
 * signal's disposition says:
 * - a function: it runs with the signal number, on the thread the note
 *   interrupted, and that thread then carries on exactly where it was. A
 *   system call the note interrupted fails with EINTR (there is no
 *   restarting). The disposition stays in place (it is not reset to
 *   SIG_DFL), and the same thread gets no other note until the function
 *   returns;
 * - SIG_IGN: nothing happens (a system call the note interrupted still
 *   fails with EINTR);
 * - SIG_DFL: the process ends as the kernel would end it, with the exit
 *   status EXIT_KILLED (137).
 * Other notes are dropped, as they are without a handler. A program that
 * calls note_handler itself takes the notes over from signal().
 *
 * The other signals are raised only by raise() and abort():
 *   SIGABRT  abort() raises it; SIG_DFL ends the process with
 *            ABORT_STATUS (134)
 *   SIGFPE, SIGILL, SIGSEGV  only raise(); SIG_DFL ends the process with
 *            the status a fault gives (EXIT_FAULT_BASE + the exception
 *            vector: 128 for a divide error, 134 for an invalid opcode,
 *            142 for a page fault). A real fault ends the process at once,
 *            without running any handler.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H 1

/** An integer type a signal handler may write (volatile) and read atomically. */
typedef int sig_atomic_t;

/** Dispositions for signal(), and its failure value. */
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int))-1)

/** Signal numbers (those of Linux, so ports that print them agree). */
#define SIGINT 2
#define SIGILL 4
#define SIGABRT 6
#define SIGFPE 8
#define SIGKILL 9
#define SIGSEGV 11
#define SIGTERM 15

/**
 * Set the disposition of @p sig to @p handler: a function, SIG_DFL or
 * SIG_IGN. @return the previous disposition, or SIG_ERR with errno EINVAL
 * for SIGKILL or a number not listed above (or with the note handler's
 * errno if it could not be installed).
 */
void (*signal(int sig, void (*handler)(int)))(int);

/**
 * Send @p sig to the calling process. SIGINT, SIGTERM and SIGKILL go as
 * their notes, so they take the same path as from another process; when a
 * function handles the signal, raise returns after it has run (unless
 * raise is called from a signal handler, when the note waits until that
 * handler returns). The other signals run their function at once, or
 * their SIG_DFL action.
 * @return 0, or nonzero for an unknown signal number.
 */
int raise(int sig);

#endif

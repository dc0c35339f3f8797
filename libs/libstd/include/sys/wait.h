/**
 * @file sys/wait.h
 * @brief POSIX's wait and waitpid, on the native process_wait().
 *
 * A process ends with one int, its exit status (sys/proc.h); the kernel
 * also uses that number for ends that POSIX reports as signals. waitpid
 * maps these statuses to signals (everything else is a normal exit, of
 * status & 0xff):
 *   137 (EXIT_KILLED: "kill", or an "interrupt"/"terminate" note with
 *        the default action)                     SIGKILL
 *   134 (abort(); also an invalid-opcode fault)  SIGABRT
 *   128, 144, 147 (divide error, x87 and SIMD floating-point faults)
 *                                                SIGFPE
 *   140, 141, 142 (stack, general-protection and page faults)
 *                                                SIGSEGV
 * A program that calls exit() with one of those numbers is reported as
 * signalled. No process stops or continues, so WIFSTOPPED and
 * WIFCONTINUED are always false. There are no process groups: pid 0 means
 * any child, as -1 does, and pid < -1 fails with ECHILD.
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H 1

#include <sys/types.h>

/** waitpid() options. */
#define WNOHANG 1    /**< return 0 at once if no child has exited */
#define WUNTRACED 2  /**< accepted: no process stops */
#define WCONTINUED 8 /**< accepted: no process continues */

/** Take a wait status apart (the layout is Linux's). */
#define WIFEXITED(status) (((status) & 0x7f) == 0)
#define WEXITSTATUS(status) (((status) >> 8) & 0xff)
#define WIFSIGNALED(status) (((status) & 0x7f) != 0 && ((status) & 0x7f) != 0x7f)
#define WTERMSIG(status) ((status) & 0x7f)
#define WIFSTOPPED(status) 0
#define WSTOPSIG(status) 0
#define WIFCONTINUED(status) 0
#define WCOREDUMP(status) 0

/**
 * Wait for a child to exit: @p pid (> 0) or any child (-1, 0). Stores
 * its wait status in @p status (if not NULL) and lets it go; returns its
 * pid, or 0 with WNOHANG when none has exited yet. ECHILD if there is no
 * such child (not ours, gone, or none at all), EINTR when a note
 * interrupts the wait, EINVAL for unknown options.
 */
pid_t waitpid(pid_t pid, int* status, int options);

/** waitpid(-1, @p status, 0). */
pid_t wait(int* status);

#endif

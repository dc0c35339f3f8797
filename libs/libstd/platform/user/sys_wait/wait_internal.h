// Shared parts of waitpid (private).
#ifndef _LIBSTD_WAIT_INTERNAL_H
#define _LIBSTD_WAIT_INTERNAL_H 1

#include <stdbool.h>
#include <sys/types.h>

/** POSIX's wait status for a native exit status (sys/wait.h's table). */
int _wait_status(int native);

/**
 * Look at process @p pid: -1 (ECHILD) unless it is our child; else 0,
 * with *exited telling whether it has exited.
 */
int _wait_child_state(pid_t pid, bool* exited);

/**
 * One of our children that has exited, in *found (0 if none has); -1
 * (ECHILD) if we have no children at all.
 */
int _wait_find_exited(pid_t* found);

#endif

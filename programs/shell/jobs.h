// Background jobs: pipelines started with '&'. The shell does not wait
// for them; before each prompt it looks which have ended (their
// sys:/proc/[pid]/status says "state exited"), collects their statuses
// and, when interactive, reports them.
#ifndef SHELL_JOBS_H
#define SHELL_JOBS_H 1

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/**
 * Remember a job made of the processes @p pids (the last one's status is
 * the job's) and its command text. Returns its job number (from 1).
 */
int jobs_add(const pid_t* pids, size_t count, const char* text, size_t text_length);

/** Collect the jobs that have ended; with @p report, print a line for each on stderr. */
void jobs_collect(bool report);

/**
 * Wait for the job with process @p pid, or for every job when @p pid is
 * 0. Returns the (last) job's status; 127 if there is no such job.
 */
int jobs_wait(pid_t pid);

/** List the jobs still running on @p fd. */
void jobs_list(fd_t fd);

/** Wait for process @p pid, retrying when a note interrupts; its status, or -1. */
int jobs_wait_process(pid_t pid);

#endif

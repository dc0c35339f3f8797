// Looking at processes through sys:/proc/[pid]/status, for the supervisor
// and the children alike, and waiting for them with a bound (process_wait
// itself has no timeout).
#ifndef FUZZ_PROCINFO_H
#define FUZZ_PROCINFO_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

typedef enum
{
    PROC_RUNNING,
    PROC_EXITED, /**< exited, not reaped yet */
    PROC_GONE,   /**< no such process (never was, or reaped) */
} proc_state_t;

/** The state of @p pid; its parent's id in @p parent when not NULL (0 if unknown). */
proc_state_t procinfo_state(pid_t pid, pid_t* parent);

/**
 * Wait until @p pid has exited, for at most @p bound_ns, then reap it
 * (when we are its parent) and store its status. False if it is still
 * running when the bound has passed.
 */
bool procinfo_wait(pid_t pid, uint64_t bound_ns, int* status);

/** Write "kill" to @p pid's ctl file. */
int procinfo_kill(pid_t pid);

/** What sys:/stat/mem says about memory in use (-1 for a field it lacks). */
typedef struct
{
    long long free_pages;       /**< free physical pages */
    long long heap_pages;       /**< pages the kernel heap holds (slabs and large blocks) */
    long long heap_allocations; /**< live kernel heap allocations */
    long long own_pages;        /**< the calling process's pages (its status file) */
} procinfo_mem_t;

/** Read sys:/stat/mem; false if it cannot be read. */
bool procinfo_mem(procinfo_mem_t* mem);

#endif

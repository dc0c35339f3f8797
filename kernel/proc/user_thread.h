// User threads: kernel threads that spend their lives in ring 3.
//
// Making one is two steps, so that nobody ever sees half a thread:
// user_thread_new allocates it (the step that can fail for lack of
// memory), user_thread_start links it into its process's thread list and
// hands it to the scheduler in one go, under the process's lock. Whoever
// walks that list under the same lock (process_exit, note_post) therefore
// only meets threads the scheduler knows, which can be interrupted.
#ifndef KERNEL_PROC_USER_THREAD_H
#define KERNEL_PROC_USER_THREAD_H 1

#include "process.h"

/**
 * A thread for @p process that will start at @p rip with stack @p rsp and
 * rdi = @p arg0, rsi = @p arg1, rdx = @p arg2 (every other register zero); not running
 * yet, and not in the process's list. NULL when out of memory.
 */
thread_t* user_thread_new(process_t* process, uint64_t rip, uint64_t rsp, uint64_t arg0, uint64_t arg1, uint64_t arg2);

/**
 * Start a thread from user_thread_new: it joins its process and runs.
 * Returns its id, or -ESRCH (the thread is freed) when the process is
 * already ending and has other threads. The first thread of a process is
 * always started, even if the process was killed meanwhile: it then exits
 * at once, and the process ends the ordinary way, when its last thread
 * is gone.
 */
int64_t user_thread_start(thread_t* thread);

/** Free a thread from user_thread_new that was never started. */
void user_thread_discard(thread_t* thread);

#endif

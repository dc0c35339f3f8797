// User threads: kernel threads that spend their lives in ring 3.
#ifndef KERNEL_PROC_USER_THREAD_H
#define KERNEL_PROC_USER_THREAD_H 1

#include "process.h"

/**
 * Start a thread of @p process at @p rip with stack @p rsp and rdi = @p
 * arg0, rsi = @p arg1 (every other register zero). Its id, or -ENOMEM,
 * or -ESRCH when the process is already ending.
 */
int64_t user_thread_create(process_t* process, uint64_t rip, uint64_t rsp, uint64_t arg0, uint64_t arg1);

#endif

// The system-call handlers, one per number in <sys/syscall.h>, grouped by
// file: sys_proc.c (processes, threads, time), sys_file.c (files by
// path, and reading and writing), sys_fd.c (what an open file is and how
// it behaves: fstat, truncate, flags), sys_mem.c (memory). Each returns
// its result or a negated errno.
#ifndef KERNEL_SYSCALL_HANDLERS_H
#define KERNEL_SYSCALL_HANDLERS_H 1

#include <stdint.h>

#define SYSCALL_HANDLER(name) \
    int64_t name(uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5)

SYSCALL_HANDLER(sys_process_exit);
SYSCALL_HANDLER(sys_thread_exit);
SYSCALL_HANDLER(sys_spawn);
SYSCALL_HANDLER(sys_sleep);
SYSCALL_HANDLER(sys_pid);
SYSCALL_HANDLER(sys_tid);
SYSCALL_HANDLER(sys_uptime);
SYSCALL_HANDLER(sys_epoch);
SYSCALL_HANDLER(sys_yield);
SYSCALL_HANDLER(sys_thread_create);
SYSCALL_HANDLER(sys_futex);

SYSCALL_HANDLER(sys_open);
SYSCALL_HANDLER(sys_open2);
SYSCALL_HANDLER(sys_close);
SYSCALL_HANDLER(sys_read);
SYSCALL_HANDLER(sys_write);
SYSCALL_HANDLER(sys_seek);
SYSCALL_HANDLER(sys_chdir);
SYSCALL_HANDLER(sys_poll);
SYSCALL_HANDLER(sys_stat);
SYSCALL_HANDLER(sys_dup);
SYSCALL_HANDLER(sys_dup2);
SYSCALL_HANDLER(sys_readdir);
SYSCALL_HANDLER(sys_mkdir);
SYSCALL_HANDLER(sys_remove);
SYSCALL_HANDLER(sys_rename);
SYSCALL_HANDLER(sys_fstat);
SYSCALL_HANDLER(sys_truncate);
SYSCALL_HANDLER(sys_fd_flags);

SYSCALL_HANDLER(sys_mmap);
SYSCALL_HANDLER(sys_munmap);
SYSCALL_HANDLER(sys_mprotect);

// Unused arguments, without a warning each.
#define SYSCALL_UNUSED_ARGS(...) (void)a0, (void)a1, (void)a2, (void)a3, (void)a4, (void)a5

#endif

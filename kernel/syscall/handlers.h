// The system-call handlers, one per line of syscalls.list, grouped by
// file: sys_proc.c (processes, threads, time), sys_file.c (files by
// path, and reading and writing), sys_fd.c (what an open file is and how
// it behaves: fstat, truncate, flags), sys_mem.c (memory). Each takes the
// typed arguments the list gives it and returns its result or a negated
// errno. The prototypes are generated from the list (tools/syscalls.py):
// a handler that disagrees with them does not compile.
#ifndef KERNEL_SYSCALL_HANDLERS_H
#define KERNEL_SYSCALL_HANDLERS_H 1

#include "syscalls/kernel_handlers.h"

#endif

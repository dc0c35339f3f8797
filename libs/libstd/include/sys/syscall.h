/**
 * @file sys/syscall.h
 * @brief The PatchworkOS system-call ABI: numbers, calling convention and
 * the state of a new process. The kernel implements exactly this header and
 * libstd's user-space platform calls it; nothing else should need to.
 *
 * Calling convention (x86-64, `syscall` instruction):
 * - rax holds the system-call number (one of the SYS_ values below).
 * - Arguments go in rdi, rsi, rdx, r10, r8, r9, in that order (r10 replaces
 *   rcx, which the instruction overwrites).
 * - The result comes back in rax. A value from -4095 to -1 is a negated
 *   error number from <errno.h>; any other value is success.
 * - rcx and r11 are clobbered (they hold the return rip and rflags); every
 *   other register, including the SIMD state, is preserved.
 * - Every pointer and length is checked by the kernel: a null, kernel-half,
 *   unmapped or too long argument fails with -EFAULT or -EINVAL, it never
 *   faults the kernel.
 *
 * A new process starts at its ELF entry point (`_start` in crt0.o) with:
 * - rdi = argc, rsi = argv (argv[argc] is NULL), rdx = envp (the
 *   environment: "NAME=value" strings ending with NULL, possibly none),
 *   all in user memory at the top of the stack, the envp array right
 *   after argv's NULL;
 * - rsp 16-byte aligned, pointing at the argv array, below which the main
 *   thread's stack grows (8 MiB, backed as it is touched, an unmapped
 *   guard page below it; executable only if PT_GNU_STACK has PF_X);
 * - all other general-purpose registers zero, SIMD state reset.
 *
 * Programs are static ELF executables linked at PATCHWORK_USER_BASE; user
 * space is the lower half, PATCHWORK_USER_BASE up to PATCHWORK_USER_END.
 *
 * Numbers are never reused: new calls are appended. The SYS_ section below
 * is generated from kernel/syscall/syscalls.list, the one list of the
 * calls, which the build checks it against.
 */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H 1

/** Lowest address of a program image; the linker's default text base. */
#define PATCHWORK_USER_BASE 0x400000UL
/** First address above user space (the canonical lower half's end). */
#define PATCHWORK_USER_END 0x00007FFFFFFFF000UL

/** Largest magnitude of an error return (see the calling convention). */
#define SYSCALL_ERRNO_MAX 4095

/* BEGIN generated from kernel/syscall/syscalls.list (python3 tools/syscalls.py header) */
/** exit(status): end the calling process; does not return. */
#define SYS_PROCESS_EXIT 0
/** thread_exit(): end the calling thread; does not return. */
#define SYS_THREAD_EXIT 1
/**
 * spawn(argv, fds, cwd, priority, envp) -> pid: start a program (see
 * sys/proc.h's spawn_env); envp NULL is an empty environment, so a caller
 * that passes four arguments with r8 zero gets one.
 */
#define SYS_SPAWN 2
/** sleep(nanoseconds): block the calling thread at least that long. */
#define SYS_SLEEP 3
/** pid() -> the calling process's id. */
#define SYS_PID 4
/** tid() -> the calling thread's id. */
#define SYS_TID 5
/** uptime() -> nanoseconds since boot. */
#define SYS_UPTIME 6
/** epoch() -> seconds since 1970-01-01 UTC. */
#define SYS_EPOCH 7
/** io_open(path) -> fd: open a file; flags are part of the path ("?nonblock"). */
#define SYS_OPEN 8
/** io_open2(path, fds[2]): open a file that has two ends, such as a pipe. */
#define SYS_OPEN2 9
/** close(fd). */
#define SYS_CLOSE 10
/** read(fd, buffer, count) -> bytes read, 0 at end of file. */
#define SYS_READ 11
/** write(fd, buffer, count) -> bytes written. */
#define SYS_WRITE 12
/** seek(fd, offset, origin) -> new offset. */
#define SYS_SEEK 13
/** chdir(path): change the process's working directory. */
#define SYS_CHDIR 14
/** io_poll(fds, count, timeout_ns) -> number of ready descriptors. */
#define SYS_POLL 15
/** io_stat(path, info). */
#define SYS_STAT 16
/** mem_map(fd, address, length, protection) -> address. */
#define SYS_MMAP 17
/** munmap(address, length). */
#define SYS_MUNMAP 18
/** mprotect(address, length, protection). */
#define SYS_MPROTECT 19
/** dup(fd) -> new fd. */
#define SYS_DUP 20
/** dup2(fd, target) -> target. */
#define SYS_DUP2 21
/** futex(address, value, operation, timeout_ns). */
#define SYS_FUTEX 22
/** yield(): give up the rest of the time slice. */
#define SYS_YIELD 23
/** thread_create(entry, argument, stack) -> tid. */
#define SYS_THREAD_CREATE 24
/** io_readdir(fd, entries, count) -> the number of stat_t entries stored (see sys/io.h). */
#define SYS_READDIR 25
/** io_mkdir(path). */
#define SYS_MKDIR 26
/** remove(path): delete a file or an empty directory. */
#define SYS_REMOVE 27
/** io_rename(from, to): give a file or directory another name on the same label. */
#define SYS_RENAME 28
/** io_fstat(fd, info): describe an open file. */
#define SYS_FSTAT 29
/** io_truncate(fd, length): resize a regular file. */
#define SYS_TRUNCATE 30
/** io_fd_flags(fd, set, clear) -> the open file's IO_FLAG_ flags after the change. */
#define SYS_FD_FLAGS 31

/** Number of system calls; a number at or above it fails with -ENOSYS. */
#define SYS_COUNT 32
/* END generated */

#endif

/**
 * @file sys/types.h
 * @brief Integer types shared by the system interfaces.
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1

#include <stddef.h>
#include <stdint.h>

/** A byte count that may also be -1 for an error. */
typedef long ssize_t;
/** A file offset. */
typedef int64_t off_t;
/** A file descriptor: a small non-negative integer. */
typedef int fd_t;
/** A process id. */
typedef int64_t pid_t;
/** A thread id. */
typedef int64_t tid_t;

/** A timeout that never passes (poll, futex). */
#define TIMEOUT_NEVER UINT64_MAX

#endif

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

/*
 * POSIX's types, for the POSIX layer and ports. There are no users or
 * permissions yet, so uid_t, gid_t and mode_t only carry what ports store
 * in them; the widths are Linux's (x86_64) so structures ports copy from
 * Linux lay out alike.
 */
/** File type and permission bits (sys/stat.h's S_IF* and 0777). */
typedef unsigned int mode_t;
/** A user id. */
typedef unsigned int uid_t;
/** A group id. */
typedef unsigned int gid_t;
/** Any of pid_t, uid_t and gid_t (POSIX: wide enough for each). */
typedef int64_t id_t;
/** A device number. */
typedef uint64_t dev_t;
/** A file's serial number on its device. */
typedef uint64_t ino_t;
/** A link count. */
typedef uint64_t nlink_t;
/** A preferred block size for I/O. */
typedef long blksize_t;
/** A count of blocks. */
typedef int64_t blkcnt_t;
/** Microseconds, 0 to 1000000 (usleep). */
typedef unsigned int useconds_t;
/** Signed microseconds (struct timeval's tv_usec). */
typedef long suseconds_t;
/** The same as time.h's (C11 allows repeating an identical typedef). */
typedef long time_t;
/** The same as time.h's. */
typedef long clock_t;
/** The same as time.h's. */
typedef int clockid_t;

/** A timeout that never passes (poll, futex). */
#define TIMEOUT_NEVER UINT64_MAX

#endif

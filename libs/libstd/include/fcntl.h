/**
 * @file fcntl.h
 * @brief POSIX's open, creat and fcntl on the native io_open().
 *
 * Differences from POSIX, because of what the kernel has:
 * - The kernel opens every file for reading and writing. O_RDONLY,
 *   O_WRONLY and O_RDWR are only recorded (per descriptor, in a table of
 *   libstd's) so that fcntl(F_GETFL) reports them; a descriptor opened
 *   O_RDONLY can still be written.
 * - FD_CLOEXEC (O_CLOEXEC) is recorded too. There is no exec: a process
 *   started with spawn() or posix_spawn() gets only the descriptors it is
 *   handed (0, 1 and 2 by default), so every other descriptor behaves as
 *   close-on-exec anyway.
 * - A path that contains '?' (the native flag syntax, "f?create") fails
 *   with EINVAL: open() takes POSIX flags only, so there is one meaning
 *   per call. io_open() takes the native form.
 * - O_CREAT's mode is accepted and ignored: there are no permissions.
 *
 * The numbers are Linux's (x86_64).
 */
#ifndef _FCNTL_H
#define _FCNTL_H 1

#include <sys/types.h>

/** Access modes (the low two bits of the flags). */
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
/** Mask for the access mode. */
#define O_ACCMODE 03

/** Open flags. */
#define O_CREAT 0100        /**< create the file if it does not exist */
#define O_EXCL 0200         /**< with O_CREAT: fail with EEXIST if it exists */
#define O_NOCTTY 0400       /**< accepted, no effect (no controlling terminals) */
#define O_TRUNC 01000       /**< empty the file */
#define O_APPEND 02000      /**< every write goes to the end */
#define O_NONBLOCK 04000    /**< read and write fail with EAGAIN instead of waiting */
#define O_DSYNC 010000      /**< accepted, no effect (writes are not cached) */
#define O_SYNC 04010000     /**< accepted, no effect */
#define O_RSYNC 04010000    /**< accepted, no effect */
#define O_DIRECTORY 0200000 /**< fail with ENOTDIR unless the path is a directory */
#define O_NOFOLLOW 0400000  /**< accepted, no effect (no symbolic links) */
#define O_CLOEXEC 02000000  /**< set FD_CLOEXEC on the new descriptor */

/** fcntl() commands. */
#define F_DUPFD 0            /**< the lowest free descriptor >= arg, same open file */
#define F_GETFD 1            /**< the descriptor flags (FD_CLOEXEC) */
#define F_SETFD 2            /**< set the descriptor flags */
#define F_GETFL 3            /**< the access mode and status flags */
#define F_SETFL 4            /**< set O_APPEND and O_NONBLOCK (others ignored) */
#define F_DUPFD_CLOEXEC 1030 /**< F_DUPFD with FD_CLOEXEC set on the copy */

/** The descriptor flag: close the descriptor when a new program starts. */
#define FD_CLOEXEC 1

/** For the *at functions POSIX has (not provided): the working directory. */
#define AT_FDCWD (-100)

/**
 * Open the file at @p path. @p flags is one access mode (O_RDONLY,
 * O_WRONLY, O_RDWR) ORed with the flags above; with O_CREAT a third
 * argument (mode_t, ignored) follows.
 * @return the lowest free descriptor, or -1 with errno: EINVAL for a path
 * containing '?', for O_ACCMODE as the access mode, for O_CREAT with
 * O_DIRECTORY, or for unknown flag bits; ENOTDIR, EEXIST, ENOENT, EISDIR
 * (O_TRUNC on a directory) and the others io_open() gives.
 */
int open(const char* path, int flags, ...);

/** open(@p path, O_WRONLY | O_CREAT | O_TRUNC, @p mode). */
int creat(const char* path, mode_t mode);

/**
 * Control descriptor @p fd. F_DUPFD and F_DUPFD_CLOEXEC take an int
 * (0 to MAX_FD - 1) and return the new descriptor; F_GETFD returns
 * FD_CLOEXEC or 0; F_SETFD takes an int; F_GETFL returns the access mode
 * ORed with O_APPEND and O_NONBLOCK as they are; F_SETFL takes an int and
 * changes O_APPEND and O_NONBLOCK only. Other commands fail with EINVAL,
 * a descriptor that is not open with EBADF, F_DUPFD with a bad start
 * with EINVAL and with no free descriptor from there with EMFILE.
 */
int fcntl(int fd, int command, ...);

#endif

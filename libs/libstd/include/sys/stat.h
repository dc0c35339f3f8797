/**
 * @file sys/stat.h
 * @brief POSIX's file status: struct stat, stat, lstat, fstat, mkdir,
 * chmod, umask.
 *
 * What the system knows of a file is its type and size (sys/io.h's
 * stat_t), so struct stat is filled like this:
 * - st_mode: the type (S_IFREG for a file, S_IFDIR for a directory,
 *   S_IFIFO for a pipe, S_IFCHR for the console and other devices) with
 *   permission bits 0777: there are no permissions, everything may be
 *   read, written and executed (as access() says);
 * - st_size: a file's length (0 for the others);
 * - st_nlink 1 (no hard links), st_ino 0 (no serial numbers: two files
 *   cannot be told apart by st_dev and st_ino), st_dev, st_rdev, st_uid
 *   and st_gid 0, st_blksize 4096, st_blocks the size in 512-byte blocks
 *   rounded up;
 * - the times 0: the file systems keep none.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H 1

#include <sys/types.h>
#include <time.h>

/** The type bits of st_mode, and the types. */
#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000

/** Tests of st_mode's type. */
#define S_ISREG(mode) (((mode) & S_IFMT) == S_IFREG)
#define S_ISDIR(mode) (((mode) & S_IFMT) == S_IFDIR)
#define S_ISCHR(mode) (((mode) & S_IFMT) == S_IFCHR)
#define S_ISBLK(mode) (((mode) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(mode) (((mode) & S_IFMT) == S_IFIFO)
#define S_ISLNK(mode) (((mode) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(mode) (((mode) & S_IFMT) == S_IFSOCK)

/** Permission bits (carried, never enforced). */
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

/** A file's status (see the file comment for what each field holds). */
struct stat
{
    dev_t st_dev;
    ino_t st_ino;
    mode_t st_mode;
    nlink_t st_nlink;
    uid_t st_uid;
    gid_t st_gid;
    dev_t st_rdev;
    off_t st_size;
    blksize_t st_blksize;
    blkcnt_t st_blocks;
    struct timespec st_atim; /**< last access */
    struct timespec st_mtim; /**< last change of the data */
    struct timespec st_ctim; /**< last change of the status */
};

/** The seconds of the times, under their older names (POSIX asks for them). */
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

/** The status of the file at @p path. ENOENT, ENOTDIR, EFAULT as io_stat(). */
int stat(const char* restrict path, struct stat* restrict info);

/** stat(): there are no symbolic links, so there is no difference. */
int lstat(const char* restrict path, struct stat* restrict info);

/** The status of the file open as @p fd; EBADF if it is not open. */
int fstat(int fd, struct stat* info);

/** Create the directory @p path; @p mode is ignored. EEXIST if something is there. */
int mkdir(const char* path, mode_t mode);

/**
 * Accepted and ignored (no permissions): 0 if @p path exists, else -1
 * with io_stat()'s errno.
 */
int chmod(const char* path, mode_t mode);

/** Accepted and ignored: 0 if @p fd is open, else -1 with EBADF. */
int fchmod(int fd, mode_t mode);

/**
 * Set the mask of permission bits new files should not get; returns the
 * previous one (at first 022). Only remembered: nothing uses it.
 */
mode_t umask(mode_t mask);

#endif

/**
 * @file dirent.h
 * @brief POSIX's directory streams: opendir, fdopendir, readdir,
 * rewinddir, closedir, dirfd.
 *
 * A DIR reads its directory's entries with io_readdir() in batches. "."
 * and ".." are not entries here (the file systems do not list them).
 * d_ino is 0 (no serial numbers, see sys/stat.h). A DIR is not safe to
 * use from two threads at once; two DIRs are independent.
 */
#ifndef _DIRENT_H
#define _DIRENT_H 1

#include <sys/types.h>

/** d_type's values (Linux's numbers). */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

/** One directory entry. */
struct dirent
{
    ino_t d_ino;           /**< 0: no serial numbers */
    unsigned char d_type;  /**< DT_REG, DT_DIR, DT_FIFO (a pipe) or DT_CHR (the console, devices) */
    char d_name[64];       /**< the name, null-terminated (MAX_NAME bytes) */
};

/** A directory stream (opaque). */
typedef struct libstd_dir DIR;

/**
 * Open the directory @p path. ENOTDIR if it is not one, ENOENT if it does
 * not exist, ENOMEM, EMFILE.
 */
DIR* opendir(const char* path);

/**
 * A stream over the directory already open as @p fd, which the stream
 * then owns (closedir closes it). EBADF if @p fd is not open, ENOTDIR if
 * it is not a directory.
 */
DIR* fdopendir(int fd);

/**
 * The next entry, or NULL after the last one (errno unchanged) or on an
 * error (errno set). The entry stays valid until the next readdir or
 * closedir on the same stream.
 */
struct dirent* readdir(DIR* dir);

/** Start over from the first entry. */
void rewinddir(DIR* dir);

/** Close the stream and its descriptor. EBADF for NULL. */
int closedir(DIR* dir);

/** The descriptor the stream reads (EINVAL for NULL). */
int dirfd(DIR* dir);

#endif

/**
 * @file sys/io.h
 * @brief File input and output through system calls.
 *
 * Paths: "label:/a/b" is absolute ("home:/usr/bin", "sys:/proc/1/ctl");
 * "/a/b" starts at the root of the working directory's label; "a/b" is
 * relative to the working directory. "." and ".." are resolved on the text
 * of the path; ".." at a root stays at the root ("home:/.." is "home:/").
 * An unknown label fails with ENOENT. A path, flags included, must be
 * shorter than MAX_PATH (ENAMETOOLONG), each name shorter than MAX_NAME.
 *
 * Open flags are part of the path: a '?' after it, then names joined with
 * '&': "home:/log.txt?create&append". An unknown or empty flag fails with
 * EINVAL. Every file is opened for both reading and writing.
 *   nonblock  read and write fail with EAGAIN instead of waiting
 *   create    create the file if it does not exist
 *   excl      with create: fail with EEXIST if the name exists; the check
 *             and the creation are one step, so of several opens racing
 *             for a name exactly one creates it (without create: EINVAL)
 *   trunc     empty the file when it is opened
 *   append    every write goes to the end of the file
 *   dir       the path is a directory (with create: make a directory)
 *
 * Every function returns -1 and sets errno on failure. A pointer the
 * kernel cannot use (null, kernel memory, unmapped, or a length that runs
 * past mapped memory) fails with EFAULT.
 */
#ifndef _SYS_IO_H
#define _SYS_IO_H 1

#include <stdarg.h>
#include <sys/types.h>

/** Standard descriptors every process starts with. */
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/** Size of a path buffer: every path, flags included, is shorter. */
#define MAX_PATH 256
/** Size of a name buffer (a label, one component of a path). */
#define MAX_NAME 64

/** How many descriptors a process can have open at once (fds 0 to MAX_FD - 1). */
#define MAX_FD 64

/** Origins for seek(). */
#define SEEK_SET 0 /**< from the start of the file */
#define SEEK_CUR 1 /**< from the current offset */
#define SEEK_END 2 /**< from the end of the file */

/** Kinds of file in stat_t.type. */
#define STAT_FILE 0    /**< a regular file: bytes stored by a file system (home:) */
#define STAT_DIR 1     /**< a directory */
#define STAT_PIPE 2    /**< an end of a pipe (sys:/pipe/new) */
#define STAT_CONSOLE 3 /**< a terminal: the console (sys:/console) or a pseudo-terminal's tty (sys:/pty/<id>/tty) */
#define STAT_DEVICE 4  /**< any other file the kernel provides (sys: files, framebuffer, input, shm...) */

/** Status flags of an open file, for io_fd_flags(). */
#define IO_FLAG_NONBLOCK 0x1 /**< read and write fail with EAGAIN instead of waiting ("?nonblock") */
#define IO_FLAG_APPEND 0x2   /**< every write goes to the end of the file ("?append") */

/** What io_stat(), io_fstat() and io_readdir() report about a file. */
typedef struct
{
    char name[MAX_NAME]; /**< the last component of its path ("" for a root; io_fstat may give "") */
    uint32_t type;       /**< one of the STAT_ kinds */
    uint64_t size;       /**< a file's length in bytes (a directory's is unspecified) */
} stat_t;

/** Events for io_poll(), as a bit mask. */
#define POLL_READ 0x1    /**< read would not block */
#define POLL_WRITE 0x2   /**< write would not block */
#define POLL_ERROR 0x4   /**< an error is pending (always reported) */
#define POLL_HANGUP 0x8  /**< the other end has gone (always reported) */
#define POLL_INVALID 0x10 /**< fd is not an open descriptor (always reported) */

/** One descriptor for io_poll(): what to wait for, and what happened. */
typedef struct
{
    fd_t fd;
    uint16_t events;  /**< POLL_READ and/or POLL_WRITE */
    uint16_t revents; /**< set by io_poll(): the events that are true */
} pollfd_t;

/** Open the file at @p path (flags in the path). Returns its descriptor. */
fd_t io_open(const char* path);

/**
 * io_open() a path made with a printf format. A path that does not fit in
 * MAX_PATH bytes fails with ENAMETOOLONG.
 */
fd_t io_openf(const char* format, ...) __attribute__((format(printf, 1, 2)));

/**
 * Open a file that has two ends, such as a pipe ("sys:/pipe/new"):
 * fds[0] gets the reading end, fds[1] the writing end.
 */
int io_open2(const char* path, fd_t fds[2]);

/** Close @p fd; EBADF if it is not open. */
int close(fd_t fd);

/**
 * Read up to @p count bytes from @p fd into @p buffer.
 * @return the number of bytes read, 0 at the end of the file, or -1.
 */
ssize_t read(fd_t fd, void* buffer, size_t count);

/**
 * Write up to @p count bytes from @p buffer to @p fd.
 * @return the number of bytes written, or -1.
 */
ssize_t write(fd_t fd, const void* buffer, size_t count);

/**
 * write() text made with a printf format. The text is formatted on the
 * stack: more than 1023 bytes of it fails with EINVAL and writes nothing.
 */
ssize_t writef(fd_t fd, const char* format, ...) __attribute__((format(printf, 2, 3)));

/** writef() with a va_list. */
ssize_t vwritef(fd_t fd, const char* format, va_list args) __attribute__((format(printf, 2, 0)));

/** Move @p fd's offset (SEEK_SET, SEEK_CUR, SEEK_END). Returns the new offset. */
off_t seek(fd_t fd, off_t offset, int origin);

/** Make @p path (a directory) the working directory. */
int chdir(const char* path);

/**
 * Wait until one of the @p count descriptors in @p fds has one of its
 * events, or @p timeout_ns passes (0: do not wait; TIMEOUT_NEVER: no
 * limit). Fills each revents. Returns the number of descriptors whose
 * revents is not 0 (0 on timeout).
 */
int io_poll(pollfd_t* fds, size_t count, uint64_t timeout_ns);

/** Describe the file at @p path. */
int io_stat(const char* path, stat_t* info);

/**
 * Describe the file open as @p fd, as io_stat() would its path. A file with
 * no name (a pipe's end) or one the kernel does not name through its
 * descriptor (sys: files) has the name "". EBADF if @p fd is not open.
 */
int io_fstat(fd_t fd, stat_t* info);

/**
 * Give the name @p from the name @p to, in one step. Both must be on the
 * same label (EXDEV otherwise); sys: refuses (EPERM). Files and
 * directories move alike, and descriptors open on them keep working. An
 * existing @p to is replaced atomically (nobody looking it up sees it
 * missing): a file may replace a file, a directory an empty directory
 * (ENOTEMPTY if it is not empty). A file over a directory fails with
 * EISDIR, a directory over a file with ENOTDIR, a directory into itself
 * or its own subtree with EINVAL, a label's root with EBUSY; a missing
 * @p from or directory of @p to with ENOENT (ENOTDIR if a component of the
 * path is a file). Renaming a name to itself succeeds and does nothing.
 * Flags ('?') are EINVAL. A working directory inside a moved directory
 * keeps naming the old path.
 */
int io_rename(const char* from, const char* to);

/**
 * Make the regular file open as @p fd exactly @p length bytes long: cut
 * off the end, or add zero bytes. No descriptor's offset moves. EINVAL for
 * a negative length or a file that is not regular (a pipe, sys: files),
 * EISDIR for a directory, EFBIG beyond the largest file size (4 GiB on
 * home:), ENOMEM when memory runs out, EBADF if @p fd is not open.
 */
int io_truncate(fd_t fd, off_t length);

/**
 * Change the status flags (IO_FLAG_NONBLOCK, IO_FLAG_APPEND) of the open
 * file behind @p fd: the bits in @p set are turned on, those in @p clear
 * off; (0, 0) only reads them. The flags belong to the open file, so every
 * descriptor dup()ed from it sees the change, and a read or write already
 * in progress or starting at the same time sees either the old flags or
 * the new ones (a read already asleep on an empty pipe keeps waiting until
 * it is woken). Unknown bits, or a bit in both, fail with EINVAL; EBADF if
 * @p fd is not open.
 * @return the flags after the change, or -1.
 */
int io_fd_flags(fd_t fd, int set, int clear);

/**
 * Read up to @p count entries of the directory open as @p fd, from its
 * offset (an entry index, which advances).
 * @return the number of entries stored, 0 after the last one, or -1.
 */
ssize_t io_readdir(fd_t fd, stat_t* entries, size_t count);

/** A new descriptor for the same open file (sharing its offset). */
fd_t dup(fd_t fd);

/** Make @p target refer to @p fd's open file, closing it first if open. Returns @p target. */
fd_t dup2(fd_t fd, fd_t target);

/** Create the directory @p path (EEXIST if something is there). */
int io_mkdir(const char* path);

/** Delete the file or empty directory at @p path (ENOTEMPTY otherwise). */
int remove(const char* path);

#endif

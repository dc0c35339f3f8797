/**
 * @file unistd.h
 * @brief POSIX's unistd.h: descriptors, files, the working directory,
 * process ids, sleeps, and getopt.
 *
 * read, write, close, dup, dup2 and chdir are the native calls of
 * sys/io.h, which already have POSIX's signatures (fd_t is int); they are
 * declared here again. The others are built on the native calls.
 * Every function returns -1 and sets errno on failure unless it says
 * otherwise. There is no fork, no exec, no users or groups (spawn.h's
 * posix_spawn starts programs).
 */
#ifndef _UNISTD_H
#define _UNISTD_H 1

#include <stddef.h>
#include <sys/types.h>

/** Standard descriptors (as sys/io.h). */
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/** Origins for lseek() (as sys/io.h and stdio.h). */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

/** Modes for access(): existence, or any of the three permissions. */
#define F_OK 0
#define R_OK 4
#define W_OK 2
#define X_OK 1

/** The argument of the option getopt just returned, or NULL. */
extern char* optarg;
/** The index in argv of getopt's next element; starts at 1. */
extern int optind;
/** Nonzero (the default): getopt reports errors on stderr. */
extern int opterr;
/** The option character that caused getopt's last error. */
extern int optopt;

/** The next option in argv (getopt.h describes it in full). */
int getopt(int argc, char* const argv[], const char* optstring);

/** Read up to @p count bytes from @p fd; the number read, 0 at the end. */
ssize_t read(int fd, void* buffer, size_t count);

/** Write up to @p count bytes to @p fd; the number written. */
ssize_t write(int fd, const void* buffer, size_t count);

/** Close @p fd (EBADF if it is not open). */
int close(int fd);

/**
 * Move @p fd's offset: to @p offset from the start (SEEK_SET), the
 * current offset (SEEK_CUR) or the end (SEEK_END). Returns the new
 * offset. EINVAL for another origin or a negative result; ESPIPE for a
 * pipe.
 */
off_t lseek(int fd, off_t offset, int origin);

/** A new descriptor (the lowest free) for @p fd's open file, FD_CLOEXEC clear. */
int dup(int fd);

/** Make @p target a copy of @p fd (closing it first); returns @p target. */
int dup2(int fd, int target);

/**
 * Make a pipe: fds[0] reads what fds[1] writes. The descriptors are
 * recorded as O_RDONLY and O_WRONLY (fcntl.h).
 */
int pipe(int fds[2]);

/**
 * Remove the file @p path. A directory fails with EISDIR (as Linux;
 * POSIX allows EPERM); ENOENT if there is nothing.
 */
int unlink(const char* path);

/**
 * Remove the empty directory @p path. ENOTDIR if it is not a directory,
 * ENOTEMPTY if it is not empty, EINVAL if its last component is ".".
 */
int rmdir(const char* path);

/**
 * Check that @p path exists (F_OK) and may be used as @p mode says
 * (R_OK, W_OK, X_OK ORed). There are no permissions: everything that
 * exists may be read, written and executed (searched), so only ENOENT,
 * ENOTDIR and EINVAL (a @p mode with other bits) can fail it.
 */
int access(const char* path, int mode);

/**
 * Store the working directory ("home:/usr") in @p buffer, @p size bytes.
 * ERANGE if it does not fit, EINVAL if @p size is 0 with a buffer; a NULL
 * @p buffer is allocated with malloc (@p size bytes, or as many as needed
 * when @p size is 0), for the caller to free. Returns the buffer.
 */
char* getcwd(char* buffer, size_t size);

/** Make @p path (a directory) the working directory. */
int chdir(const char* path);

/**
 * 1 if @p fd is a terminal (the console, sys:/console: the only kind
 * there is), else 0 with errno ENOTTY (EBADF if it is not open).
 */
int isatty(int fd);

/**
 * Make the regular file open as @p fd exactly @p length bytes long
 * (cutting it, or adding zero bytes); offsets do not move. EINVAL for a
 * negative length or a file that is not regular (a pipe, sys: files),
 * EISDIR for a directory, EBADF, EFBIG.
 */
int ftruncate(int fd, off_t length);

/**
 * ftruncate() the file at @p path. EINVAL also for a path containing '?'
 * (as open()), ENOENT if there is nothing.
 */
int truncate(const char* path, off_t length);

/** The calling process's id (cannot fail). */
pid_t getpid(void);

/** The id of the process that started the caller (cannot fail; 0 if unknown). */
pid_t getppid(void);

/**
 * Sleep @p seconds. Returns 0, or the seconds left (rounded up) when a
 * note (a signal handler) cut it short.
 */
unsigned int sleep(unsigned int seconds);

/** Sleep @p microseconds; EINTR when a note cuts it short. */
int usleep(useconds_t microseconds);

/** End the process with @p status at once: no atexit handlers, streams not written out. */
_Noreturn void _exit(int status);

#endif

// What POSIX keeps per descriptor that the kernel does not: the access
// mode open() was given and FD_CLOEXEC (fcntl.h explains why). open(),
// pipe(), dup(), dup2(), fcntl() and close() keep the table; a descriptor
// libstd has not seen (inherited, or from io_open()) reads as O_RDWR
// without FD_CLOEXEC.
#ifndef _LIBSTD_FD_TABLE_H
#define _LIBSTD_FD_TABLE_H 1

#include <stdbool.h>
#include <sys/types.h>

/** Record @p fd as just opened with @p flags (access mode, O_CLOEXEC). */
void _fd_record(fd_t fd, int flags);
/** @p fd's access mode: O_RDONLY, O_WRONLY or O_RDWR. */
int _fd_access(fd_t fd);
/** Whether @p fd has FD_CLOEXEC. */
bool _fd_cloexec(fd_t fd);
/** Set or clear @p fd's FD_CLOEXEC. */
void _fd_set_cloexec(fd_t fd, bool cloexec);
/** @p copy is a duplicate of @p fd: same access mode, FD_CLOEXEC clear. */
void _fd_copy(fd_t fd, fd_t copy);
/** @p fd was closed: forget what was recorded. */
void _fd_forget(fd_t fd);
/** 0 if @p fd is an open descriptor, else -1 with errno EBADF. */
int _fd_check(fd_t fd);

#endif

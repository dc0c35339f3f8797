/**
 * @file sys/io.h
 * @brief File input and output through system calls.
 *
 * Every function returns -1 and sets errno on failure.
 */
#ifndef _SYS_IO_H
#define _SYS_IO_H 1

#include <sys/types.h>

/** Standard descriptors every process starts with. */
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/**
 * Write up to @p count bytes from @p buffer to @p fd.
 * @return the number of bytes written, or -1.
 */
ssize_t write(fd_t fd, const void* buffer, size_t count);

#endif

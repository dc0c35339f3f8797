// A process's descriptor table: small integers naming open files.
// Each slot holds one reference to its file.
#ifndef KERNEL_PROC_FD_H
#define KERNEL_PROC_FD_H 1

#include "process.h"

/** Put @p file (the caller's reference passes to the table) in the lowest free slot; the fd or -EMFILE. */
fd_t fd_install(process_t* process, file_t* file);

/** The file behind @p fd with a new reference (file_put when done); NULL if it is not open. */
file_t* fd_get(process_t* process, fd_t fd);

/** Close @p fd; 0 or -EBADF. */
int fd_close(process_t* process, fd_t fd);

/** A second descriptor for the file behind @p fd; the new fd, -EBADF or -EMFILE. */
fd_t fd_dup(process_t* process, fd_t fd);

/** Make @p target refer to @p fd's file; @p target, or -EBADF. */
fd_t fd_dup2(process_t* process, fd_t fd, fd_t target);

/** Close every descriptor (the process is being torn down). */
void fd_close_all(process_t* process);

#endif

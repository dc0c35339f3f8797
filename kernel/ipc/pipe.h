// Pipes: a one-way byte stream between two files, the reading end and the
// writing end, made by io_open2("sys:/pipe/new") (flags such as "?nonblock"
// apply to both ends).
//
// Reading an empty pipe waits for data, or returns 0 (end of file) once
// every writing end is closed. Writing waits for room until all is
// written; once every reading end is closed it fails with EPIPE (after
// whatever it managed to write). poll: the reading end is readable when
// data waits or the writers are gone (then also POLL_HANGUP); the writing
// end is writable when there is room, and reports POLL_ERROR once the
// readers are gone.
#ifndef KERNEL_IPC_PIPE_H
#define KERNEL_IPC_PIPE_H 1

#include <kernel/fs/file.h>
#include <kernel/fs/sysdev.h>

/** Bytes a pipe holds before writers wait. */
#define PIPE_CAPACITY (64 * 1024)

/** A new pipe: ends[0] reads, ends[1] writes; 0 or -ENOMEM. */
int pipe_create(uint32_t flags, file_t* ends[2]);

/** sys:/pipe: its file "new", which open2 makes a pipe with. */
extern const sysdev_t pipe_device;

#endif

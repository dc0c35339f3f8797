// A two-way byte stream made of two pipes: what each end of a local
// socket connection reads and writes. An end is a file whose reads come
// from one pipe and whose writes go to the other; the peer end has them
// the other way round. Closing an end gives its peer end of file on read
// and EPIPE on write.
#ifndef KERNEL_IPC_STREAM_H
#define KERNEL_IPC_STREAM_H 1

#include <kernel/fs/file.h>

/** The two directions' pipe ends held by one side. */
typedef struct
{
    file_t* rx; /**< reading end of the pipe towards this side */
    file_t* tx; /**< writing end of the pipe towards the peer */
} stream_end_t;

/**
 * Make a connected pair: @p a and @p b each get their rx and tx. Each
 * side's nonblocking mode is set separately (stream_end_set_nonblock).
 */
int stream_create(stream_end_t* a, stream_end_t* b);

/** Make one side's reads and writes fail with EAGAIN instead of waiting, or not. */
void stream_end_set_nonblock(stream_end_t* end, bool nonblock);

// The operations on one side, for the file that holds it.
ssize_t stream_end_read(stream_end_t* end, void* buffer, size_t count);
ssize_t stream_end_write(stream_end_t* end, const void* buffer, size_t count);
uint16_t stream_end_poll(stream_end_t* end);

/** Drop the side's two pipe ends. */
void stream_end_close(stream_end_t* end);

#endif

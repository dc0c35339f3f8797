// Local sockets, as files (see docs/ipc.md).
//
// Opening sys:/net/local/new makes a socket; reading that handle gives
// its id, and sys:/net/local/<id>/ holds its files:
//   ctl     "bind NAME", "listen", "connect NAME"
//   data    a connected socket's byte stream (read and write)
//   accept  opening it waits for a connection to a listening socket and
//           gives the server's end of it (read and write)
// Closing the handle ends the socket, and its directory is gone. Only the process
// that made the socket and its descendants may open those files.
// "?nonblock" on the handle makes the socket's data file and connect
// non-blocking; on accept it makes opening it fail with EAGAIN instead of
// waiting, and the accepted end non-blocking.
#ifndef KERNEL_IPC_SOCKET_H
#define KERNEL_IPC_SOCKET_H 1

#include <kernel/fs/sysdev.h>

#include <stdint.h>

/** sys:/net/local: "new", and a directory <id> for each socket whose handle is open. */
extern const sysdev_t socket_device;

/** Sockets alive now (for the tests). */
uint64_t socket_count(void);

#endif

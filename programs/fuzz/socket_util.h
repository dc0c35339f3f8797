// Local sockets for the operations and races: making one and reaching the
// files of its directory.
#ifndef FUZZ_SOCKET_UTIL_H
#define FUZZ_SOCKET_UTIL_H 1

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/** Open sys:/net/local/new (with @p flags, "" or "?nonblock") and read its id; -1 on failure. */
fd_t socket_open(const char* flags, uint64_t* id);

/** Open the file @p name ("ctl", "data", "accept", with flags) of socket @p id. */
fd_t socket_file(uint64_t id, const char* name);

/** Write @p command to an open ctl file; 0 or the errno. */
int socket_command(fd_t ctl, const char* command);

/** A listening socket bound to @p name; its handle, or -1 with errno set (EADDRINUSE: the name is taken). */
fd_t socket_listener(const char* name, uint64_t* id);

#endif

// Starting a program: finding it and spawning it with a command's
// descriptors. A name without ':' or '/' is looked up in PATH's directories
// (libstd's spawn_lookup); any other is a path, relative to the working
// directory.
#ifndef SHELL_LAUNCH_H
#define SHELL_LAUNCH_H 1

#include "arena.h"
#include "redirect.h"

/**
 * Spawn the program @p argv names with @p map's descriptors. Returns its
 * pid, or -1 after reporting why it could not start, with *@p status set
 * to STATUS_NOT_FOUND or STATUS_CANNOT_RUN.
 */
pid_t launch_program(char** argv, const fd_map_t* map, arena_t* arena, int* status);

#endif

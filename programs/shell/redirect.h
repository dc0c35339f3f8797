// Which descriptors a command gets: its own 0, 1 and 2 (the shell's, or a
// pipe's ends), changed by its redirections from left to right, so that
// "> out 2>&1" sends both to out and "2>&1 > out" only stdout.
#ifndef SHELL_REDIRECT_H
#define SHELL_REDIRECT_H 1

#include "arena.h"
#include "parser.h"
#include "shell.h"

#include <stdbool.h>
#include <sys/proc.h>

/** A command's descriptors 0 to FD_MAP_SIZE - 1 can be redirected. */
#define FD_MAP_SIZE 10
/** How many files one command's redirections may open. */
#define FD_MAP_OPENED_MAX 16

typedef struct
{
    fd_t fds[FD_MAP_SIZE];                /**< the shell's descriptor behind each of the command's; -1: none */
    fd_t opened[FD_MAP_OPENED_MAX];       /**< files opened for the command, closed by redirect_release */
    size_t opened_count;
} fd_map_t;

/** Start from @p in, @p out and @p err as the command's 0, 1 and 2. */
void redirect_init(fd_map_t* map, fd_t in, fd_t out, fd_t err);

/** Apply @p redirects in order. False, after reporting why, if one failed. */
bool redirect_apply(fd_map_t* map, const shell_t* shell, const redirect_t* redirects, arena_t* arena);

/** Close the files redirect_apply opened. */
void redirect_release(fd_map_t* map);

/** The map as spawn() takes it: @p list gets the pairs and SPAWN_FD_END. */
void redirect_spawn_list(const fd_map_t* map, spawn_fd_t list[FD_MAP_SIZE + 1]);

#endif

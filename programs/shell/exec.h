// Running parsed commands: lists, && and ||, pipelines, single commands.
#ifndef SHELL_EXEC_H
#define SHELL_EXEC_H 1

#include "arena.h"
#include "parser.h"
#include "shell.h"

/**
 * Run @p list in order, setting shell->status after each command; stops
 * early when the exit builtin runs.
 */
void exec_list(shell_t* shell, const and_or_t* list, arena_t* arena);

#endif

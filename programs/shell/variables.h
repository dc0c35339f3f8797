// Variables: the shell's variables are its environment. It starts with the
// one it was given, $NAME reads it, and every program it runs gets it
// (spawn hands environ on), so every variable is exported: `export
// NAME=value` is how one is set and `unset NAME` removes it.
#ifndef SHELL_VARIABLES_H
#define SHELL_VARIABLES_H 1

#include "redirect.h"
#include "shell.h"

#include <stdbool.h>
#include <stddef.h>

/** True if the @p length bytes at @p name make a variable name: [A-Za-z_][A-Za-z0-9_]*. */
bool variables_name_valid(const char* name, size_t length);

/** The value of the variable whose name is the @p length bytes at @p name; NULL if it is not set. */
const char* variables_get(const char* name, size_t length);

/**
 * The builtin `export [NAME[=value]...]`: set each NAME=value; a NAME
 * alone is already exported if set, and stays unset if not. Without
 * arguments, list the variables as `export NAME='value'` lines that the
 * shell can read back. Status 1 after a bad name (the others are still
 * done), 0 otherwise.
 */
int variables_export(shell_t* shell, int argc, char** argv, const fd_map_t* io);

/** The builtin `unset NAME...`: remove each variable (one not set is no error); 1 after a bad name. */
int variables_unset(shell_t* shell, int argc, char** argv, const fd_map_t* io);

#endif

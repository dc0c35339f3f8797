// Commands the shell runs itself: those that change the shell (cd, exit,
// export and unset, the last two in variables.c),
// read its state (pwd, history, jobs, wait) or describe it (help). They
// write to the descriptors their redirections give them.
#ifndef SHELL_BUILTINS_H
#define SHELL_BUILTINS_H 1

#include "redirect.h"
#include "shell.h"

/** A builtin: returns its exit status. @p io holds its descriptors. */
typedef int (*builtin_t)(shell_t* shell, int argc, char** argv, const fd_map_t* io);

/** The builtin called @p name, or NULL. */
builtin_t builtin_find(const char* name);

#endif

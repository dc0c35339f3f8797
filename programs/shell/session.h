// The shell's loop: read a command (more lines while it is incomplete),
// parse it, run it, until the input ends or exit runs.
#ifndef SHELL_SESSION_H
#define SHELL_SESSION_H 1

#include "input.h"
#include "shell.h"

/** Run the commands from @p input; returns the status the shell exits with. */
int session_run(shell_t* shell, input_t* input);

#endif

// The console as the interactive shell's terminal: raw mode while a line
// is edited, cooked mode (the kernel's own line editing) while commands
// run, and which process ^C interrupts. See docs/processes.md, "The
// console".
#ifndef SHELL_TERMINAL_H
#define SHELL_TERMINAL_H 1

#include "buffer.h"
#include "history.h"

#include <stdbool.h>
#include <sys/types.h>

typedef enum
{
    TERMINAL_LINE,        /**< a line was entered */
    TERMINAL_CANCEL,      /**< ^C */
    TERMINAL_END,         /**< ^D on an empty line, or the input is gone */
    TERMINAL_UNAVAILABLE, /**< no line editing here: read plain lines instead */
} terminal_status_t;

/**
 * Whether @p fd is the console or a pseudo-terminal's tty. There is no
 * call that says so; they are the only files that poll as writable and
 * cannot seek (a pipe's reading end is never writable, a regular file
 * seeks).
 */
bool terminal_is_console(fd_t fd);

/**
 * Open the terminal's ctl file for line editing: the path in the
 * environment variable TERMCTL (a pseudo-terminal's sys:/pty/<id>/ctl),
 * else sys:/consctl. False if it cannot be (then lines are read plainly).
 */
bool terminal_open(void);

/** Edit a line after @p prompt, with @p history for Up and Down. */
terminal_status_t terminal_read_line(const char* prompt, const history_t* history, buffer_t* line);

/** Let ^C interrupt process @p pid (0: none); nothing without a terminal. */
void terminal_set_foreground(pid_t pid);

/**
 * Before starting a foreground pipeline: the shell takes ^C itself, so
 * one typed while the programs start is not lost (the note handler calls
 * terminal_note_interrupt), ...
 */
void terminal_claim_foreground(void);

/** ... records a ^C that reached the shell while it held the foreground, ... */
void terminal_note_interrupt(void);

/** ... and hands the foreground to @p pid, passing on a ^C that came meanwhile. */
void terminal_hand_foreground(pid_t pid);

#endif

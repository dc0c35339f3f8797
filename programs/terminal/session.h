// The program the terminal runs and the pseudo-terminal it runs on
// (session.c): the only part that knows about sys:/pty.
#ifndef TERMINAL_SESSION_H
#define TERMINAL_SESSION_H

#include <stdbool.h>
#include <sys/types.h>

typedef struct
{
    fd_t output; // what the program writes (and the line discipline echoes); non-blocking
    fd_t input;  // what the user types goes here: the same screen file
    fd_t ctl;    // sys:/pty/ID/ctl, for "size COLS ROWS"
    fd_t keep;   // the sys:/pty/new handle: the pty lives while it is open
    pid_t child;
} session_t;

// Start @p argv (NULL-terminated) on a new pty of @p cols x @p rows, its
// standard input, output and error the pty's tty and TERMCTL naming its
// ctl. Returns -1 with errno set on failure.
int session_start(session_t* session, const char** argv, int cols, int rows);

// Tell the pty (and so the program) the new size in cells.
void session_resize(session_t* session, int cols, int rows);

// End it: close our ends, kill the program if it still runs, wait for it.
// Returns its exit status (-1 if unknown).
int session_end(session_t* session);

#endif

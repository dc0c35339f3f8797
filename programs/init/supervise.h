// Starting programs for init, each with init's descriptors (the console
// at boot) and working directory, and logging each step on stderr.
#ifndef PROGRAMS_INIT_SUPERVISE_H
#define PROGRAMS_INIT_SUPERVISE_H 1

#include <stdbool.h>

/** Run @p argv (ending with NULL) to its end: its exit status, or -1 if it did not start. */
int supervise_once(char** argv);

/**
 * Start @p argv in a thread of init's that starts it again each time it
 * exits, forever. A program that ends within a second of starting (or
 * does not start) waits before its next start, twice as long each time
 * up to half a minute, so a crashing program does not keep a CPU busy.
 * False if the thread cannot be made.
 */
bool supervise_forever(char** argv);

#endif

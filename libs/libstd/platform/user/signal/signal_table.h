/* The signal dispositions that signal() sets and raise() and the note
   dispatcher read (private to libstd's user platform; see signal.h). */
#ifndef _LIBSTD_USER_SIGNAL_TABLE_H
#define _LIBSTD_USER_SIGNAL_TABLE_H 1

#include <signal.h>
#include <stdbool.h>

/* One more than the largest signal number. */
#define SIGNAL_COUNT 16

/* The disposition of each signal (SIG_DFL for the ones never set). */
extern void (*_signal_handlers[SIGNAL_COUNT])(int);

/* Whether this thread is running a signal's handler. */
extern _Thread_local bool _signal_in_handler;

/* Run @p handler for @p sig on this thread, marked as in a handler (a
   raise() meanwhile goes as a note, to run after it). */
void _signal_run(int sig, void (*handler)(int));

/* The note that stands for @p sig, or NULL if it has none. */
const char* _signal_note(int sig);

/* Whether @p sig is a signal signal() and raise() know. */
bool _signal_valid(int sig);

/* End the process as @p sig's SIG_DFL does (signal.h). */
_Noreturn void _signal_default(int sig);

#endif

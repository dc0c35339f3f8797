#include <stdlib.h>

// signal.c's SIGABRT hook, there only when the program uses signal
// handling (a weak reference pulls nothing in).
extern void _signal_abort(void) __attribute__((weak));

// C17 7.22.4.1: raise SIGABRT, whose handler may not return (longjmp or
// exit); then end the process at once, without atexit's handlers or
// destructors, with the status a shell shows for SIGABRT elsewhere
// (128 + 6), so callers can tell it from a normal exit.
_Noreturn void abort(void)
{
    if (_signal_abort != NULL)
    {
        _signal_abort();
    }
    _Exit(ABORT_STATUS);
}

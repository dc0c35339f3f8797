#include <stdlib.h>

// There are no signals to raise: abort ends the process at once, without
// atexit's handlers or destructors, with the status a shell shows for
// SIGABRT elsewhere (128 + 6), so callers can tell it from a normal exit.
_Noreturn void abort(void)
{
    _Exit(ABORT_STATUS);
}

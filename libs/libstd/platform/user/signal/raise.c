// raise(): a handler runs here and now, on the calling thread, as C and
// POSIX (pthread_kill of the caller) want; only the notes' signals whose
// disposition is SIG_DFL or SIG_IGN, or that are raised inside a handler,
// go as notes to our own process (signal.h).
#include "signal_table.h"

#include <sys/proc.h>

int raise(int sig)
{
    if (!_signal_valid(sig))
    {
        return -1;
    }
    void (*handler)(int) = __atomic_load_n(&_signal_handlers[sig], __ATOMIC_ACQUIRE);
    const char* note = _signal_note(sig);
    // A note would be taken by whichever thread comes back from the kernel
    // first; another thread running the handler breaks programs that wait
    // there for threads of their own (SDL's testthread joins its second
    // thread from a SIGTERM handler).
    if (note != NULL && handler != SIG_DFL && handler != SIG_IGN && !_signal_in_handler)
    {
        _signal_run(sig, handler);
        return 0;
    }
    if (note == NULL)
    {
        if (handler == SIG_DFL)
        {
            _signal_default(sig);
        }
        if (handler != SIG_IGN)
        {
            handler(sig);
        }
        return 0;
    }
    // SIG_DFL: the note ends the process; SIG_IGN: it is dropped; inside a
    // handler: it waits until that handler has ended.
    return note_send(process_id(), note) == -1 ? -1 : 0;
}

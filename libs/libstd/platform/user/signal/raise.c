// raise(): the notes' signals go as notes to our own process; the others
// run their handler here and now (signal.h).
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
    unsigned before = __atomic_load_n(&_signal_delivered[sig], __ATOMIC_ACQUIRE);
    if (note_send(process_id(), note) == -1)
    {
        return -1;
    }
    // The note is delivered on some thread's way back from the kernel,
    // usually ours at the end of note_send. C wants the handler to have
    // run before raise returns; inside a handler the note must wait for
    // it to end, so there is nothing to wait for.
    bool waits = handler != SIG_IGN && handler != SIG_DFL && _signal_notes_installed && !_signal_in_handler;
    while (waits && __atomic_load_n(&_signal_delivered[sig], __ATOMIC_ACQUIRE) == before)
    {
        yield();
    }
    return 0;
}

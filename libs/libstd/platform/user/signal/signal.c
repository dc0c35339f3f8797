// signal() and the note dispatcher that turns notes into signals
// (signal.h).
#include "signal_table.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/proc.h>

void (*_signal_handlers[SIGNAL_COUNT])(int);
static bool notes_installed;
_Thread_local bool _signal_in_handler;

static const struct
{
    int sig;
    const char* note;
} notes[] = {{SIGINT, "interrupt"}, {SIGTERM, "terminate"}, {SIGKILL, "kill"}};

const char* _signal_note(int sig)
{
    for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++)
    {
        if (notes[i].sig == sig)
        {
            return notes[i].note;
        }
    }
    return NULL;
}

bool _signal_valid(int sig)
{
    return sig == SIGINT || sig == SIGILL || sig == SIGABRT || sig == SIGFPE || sig == SIGKILL || sig == SIGSEGV ||
        sig == SIGTERM;
}

_Noreturn void _signal_default(int sig)
{
    switch (sig)
    {
    case SIGABRT:
        _Exit(ABORT_STATUS);
    case SIGFPE:
        _Exit(EXIT_FAULT_BASE + 0); // #DE, the divide error
    case SIGILL:
        _Exit(EXIT_FAULT_BASE + 6); // #UD, the invalid opcode
    case SIGSEGV:
        _Exit(EXIT_FAULT_BASE + 14); // #PF, the page fault
    default:
        // The notes' signals end the process as the kernel does, through
        // the note that cannot be handled.
        process_kill(process_id());
        _Exit(EXIT_KILLED); // not reached: the kill ends every thread
    }
}

// Runs on the thread a note interrupted (note_entry.asm calls it).
static void dispatch(const char* note)
{
    int sig = 0;
    for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++)
    {
        if (strcmp(note, notes[i].note) == 0)
        {
            sig = notes[i].sig;
        }
    }
    if (sig == 0)
    {
        return; // not a signal: dropped, as without a handler
    }
    void (*handler)(int) = __atomic_load_n(&_signal_handlers[sig], __ATOMIC_ACQUIRE);
    if (handler == SIG_IGN)
    {
        return;
    }
    if (handler == SIG_DFL)
    {
        _signal_default(sig);
    }
    _signal_run(sig, handler);
}

void _signal_run(int sig, void (*handler)(int))
{
    _signal_in_handler = true;
    handler(sig);
    _signal_in_handler = false;
}

void (*signal(int sig, void (*handler)(int)))(int)
{
    if (!_signal_valid(sig) || sig == SIGKILL)
    {
        errno = EINVAL;
        return SIG_ERR;
    }
    if (_signal_note(sig) != NULL && !__atomic_load_n(&notes_installed, __ATOMIC_ACQUIRE))
    {
        if (note_handler(dispatch) == -1)
        {
            return SIG_ERR;
        }
        __atomic_store_n(&notes_installed, true, __ATOMIC_RELEASE);
    }
    return __atomic_exchange_n(&_signal_handlers[sig], handler, __ATOMIC_ACQ_REL);
}

// abort() calls this when the program links signal handling (abort.c).
void _signal_abort(void)
{
    raise(SIGABRT);
}

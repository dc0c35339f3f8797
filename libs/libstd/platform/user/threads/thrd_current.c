#include "thrd_internal.h"

#include <stdlib.h>

// The main thread's structure: it counts as a live thread from the start.
static struct _thrd main_thread = {.alive = 1, .state = _THRD_JOINABLE, .counted = true};

// Before the program's own constructors (101 is the first priority the
// compiler leaves to programs): the main thread gets its structure before
// anything can ask for it.
__attribute__((constructor(101))) static void thrd_main_install(void)
{
    _tcb_current()->thread = &main_thread;
}

struct _thrd* _thrd_self(void)
{
    _tcb_t* tcb = _tcb_current();
    if (tcb->thread == NULL)
    {
        // A thread from thread_create_raw: it gets a structure now, kept
        // for as long as the process lives (nothing tells us it ended).
        struct _thrd* adopted = calloc(1, sizeof(struct _thrd));
        if (adopted == NULL)
        {
            abort(); // thrd_current cannot fail
        }
        adopted->alive = 1;
        tcb->thread = adopted;
    }
    return tcb->thread;
}

thrd_t thrd_current(void)
{
    return _thrd_self();
}

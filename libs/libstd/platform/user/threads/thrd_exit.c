#include "thrd_internal.h"

#include "../malloc_cache.h"

#include <stdlib.h>
#include <sys/proc.h>

volatile uint32_t _thrd_live = 1; // the main thread

_Noreturn void thrd_exit(int result)
{
    struct _thrd* self = _thrd_self();
    _tss_run_destructors(self);
    _malloc_cache_release(); // after the destructors, which may free
    self->result = result;
    // C17 7.26.5.5: the program ends when its last thread has.
    if (self->counted && __atomic_sub_fetch(&_thrd_live, 1, __ATOMIC_ACQ_REL) == 0)
    {
        exit(EXIT_SUCCESS);
    }
    uint32_t joinable = _THRD_JOINABLE;
    if (!__atomic_compare_exchange_n(&self->state, &joinable, _THRD_EXITING, false, __ATOMIC_ACQ_REL,
            __ATOMIC_ACQUIRE) &&
        self->mapping != NULL)
    {
        _thrd_reap_later(self); // detached: nobody will join us
    }
    // The kernel clears alive and wakes a joiner once this thread can no
    // longer touch its stack, which the joiner or the reaper then frees.
    futex(&self->alive, 0, FUTEX_EXIT, 0);
    thread_exit(); // not reached: alive is in our own memory
}

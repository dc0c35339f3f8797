#include "atexit.h"
#include "futex_lock.h"

#include <stdlib.h>

// C17 asks for room for at least 32; a fixed table needs no allocator.
#define ATEXIT_MAX 64

static void (*handlers[ATEXIT_MAX])(void);
static size_t count;
static _futex_lock_t lock = _FUTEX_LOCK_INIT;

int atexit(void (*handler)(void))
{
    _futex_lock(&lock);
    int result = -1;
    if (count < ATEXIT_MAX)
    {
        handlers[count++] = handler;
        result = 0;
    }
    _futex_unlock(&lock);
    return result;
}

void _atexit_run(void)
{
    // Taken off the table before it runs, so a handler that calls exit
    // does not run itself again. No lock held while it runs: a handler
    // may register another, which then runs next.
    for (;;)
    {
        _futex_lock(&lock);
        void (*handler)(void) = count > 0 ? handlers[--count] : NULL;
        _futex_unlock(&lock);
        if (handler == NULL)
        {
            return;
        }
        handler();
    }
}

#include "handler_list.h"

#include <stdlib.h>

static handler_list_t handlers = HANDLER_LIST_INIT;

int at_quick_exit(void (*handler)(void))
{
    return _handler_list_add(&handlers, handler);
}

// C17 7.22.4.7: the at_quick_exit handlers, then _Exit; no atexit
// handlers, destructors or stream flushing.
_Noreturn void quick_exit(int status)
{
    _handler_list_run(&handlers);
    _Exit(status);
}

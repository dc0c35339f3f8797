#include "atexit.h"
#include "handler_list.h"

#include <stdlib.h>

static handler_list_t handlers = HANDLER_LIST_INIT;

int atexit(void (*handler)(void))
{
    return _handler_list_add(&handlers, handler);
}

void _atexit_run(void)
{
    _handler_list_run(&handlers);
}

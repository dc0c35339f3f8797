#include "handler_list.h"

int _handler_list_add(handler_list_t* list, void (*handler)(void))
{
    _futex_lock(&list->lock);
    int result = -1;
    if (list->count < HANDLER_LIST_MAX)
    {
        list->handlers[list->count++] = handler;
        result = 0;
    }
    _futex_unlock(&list->lock);
    return result;
}

void _handler_list_run(handler_list_t* list)
{
    // Taken off the table before it runs, so a handler that calls exit
    // does not run itself again. No lock held while it runs: a handler
    // may register another, which then runs next.
    for (;;)
    {
        _futex_lock(&list->lock);
        void (*handler)(void) = list->count > 0 ? list->handlers[--list->count] : NULL;
        _futex_unlock(&list->lock);
        if (handler == NULL)
        {
            return;
        }
        handler();
    }
}

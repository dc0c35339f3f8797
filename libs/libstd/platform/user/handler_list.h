/* Lists of handlers run in reverse order of registration: atexit's and
   at_quick_exit's (private to libstd's user platform). */
#ifndef _LIBSTD_USER_HANDLER_LIST_H
#define _LIBSTD_USER_HANDLER_LIST_H 1

#include "futex_lock.h"

#include <stddef.h>

/* C17 asks for room for at least 32 each; a fixed table needs no allocator. */
#define HANDLER_LIST_MAX 64

typedef struct
{
    void (*handlers[HANDLER_LIST_MAX])(void);
    size_t count;
    _futex_lock_t lock;
} handler_list_t;

#define HANDLER_LIST_INIT {{NULL}, 0, _FUTEX_LOCK_INIT}

/* Add @p handler; 0, or -1 when the list is full. */
int _handler_list_add(handler_list_t* list, void (*handler)(void));

/* Run the handlers, the last one first; each runs once even if one of
   them calls exit (or quick_exit) again. */
void _handler_list_run(handler_list_t* list);

#endif

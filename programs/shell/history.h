// The lines typed at the prompt, oldest first, for Up/Down and the
// history builtin. Only the last HISTORY_MAX are kept.
#ifndef SHELL_HISTORY_H
#define SHELL_HISTORY_H 1

#include <stddef.h>

#define HISTORY_MAX 100

typedef struct history
{
    char* lines[HISTORY_MAX];
    size_t count;
    size_t first_number; /**< the number (from 1) the history builtin shows for lines[0] */
} history_t;

#define HISTORY_EMPTY ((history_t){{NULL}, 0, 1})

/** Remember @p line, unless it is blank or the same as the last one. */
void history_add(history_t* history, const char* line);

/** Line @p index (0 is the oldest kept), or NULL. */
const char* history_get(const history_t* history, size_t index);

#endif

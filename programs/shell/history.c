#include "history.h"

#include "memory.h"

#include <stdlib.h>
#include <string.h>

void history_add(history_t* history, const char* line)
{
    if (line[strspn(line, " \t")] == '\0')
    {
        return;
    }
    if (history->count > 0 && strcmp(history->lines[history->count - 1], line) == 0)
    {
        return;
    }
    if (history->count == HISTORY_MAX)
    {
        free(history->lines[0]);
        memmove(history->lines, history->lines + 1, (HISTORY_MAX - 1) * sizeof(char*));
        history->count--;
        history->first_number++;
    }
    history->lines[history->count++] = memory_strndup(line, strlen(line));
}

const char* history_get(const history_t* history, size_t index)
{
    return index < history->count ? history->lines[index] : NULL;
}

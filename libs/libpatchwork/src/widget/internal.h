// What the widgets' sources share.
#ifndef PATCHWORK_WIDGET_INTERNAL_H
#define PATCHWORK_WIDGET_INTERNAL_H

#include <stdlib.h>
#include <string.h>

// A malloc'ed copy of TEXT (NULL: ""), or NULL when memory is short
// (strdup is not in C17).
static inline char* widget_copy(const char* text)
{
    text = text == NULL ? "" : text;
    size_t size = strlen(text) + 1;
    char* copy = malloc(size);
    return copy == NULL ? NULL : memcpy(copy, text, size);
}

#endif

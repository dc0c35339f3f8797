// A growable, always null-terminated string: lines being read, words
// being expanded, text being drawn.
#ifndef SHELL_BUFFER_H
#define SHELL_BUFFER_H 1

#include <stddef.h>

typedef struct
{
    char* data; /**< null-terminated once anything was added; NULL before */
    size_t length;
    size_t capacity;
} buffer_t;

/** An empty buffer (no memory yet). */
#define BUFFER_EMPTY ((buffer_t){NULL, 0, 0})

void buffer_append(buffer_t* buffer, const char* text, size_t length);
void buffer_append_char(buffer_t* buffer, char c);
void buffer_append_string(buffer_t* buffer, const char* text);

/** Make it empty, keeping its memory. */
void buffer_clear(buffer_t* buffer);

/** The text: never NULL, "" for an empty buffer. */
const char* buffer_text(const buffer_t* buffer);

/** Hand the text over (malloc'd; the caller frees it) and leave the buffer empty. */
char* buffer_take(buffer_t* buffer);

void buffer_free(buffer_t* buffer);

#endif

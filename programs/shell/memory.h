// Memory for the shell: running out is not something a command line can
// recover from in a useful way, so every allocation here either succeeds
// or ends the shell with a message (status 1).
#ifndef SHELL_MEMORY_H
#define SHELL_MEMORY_H 1

#include <stddef.h>

/** realloc(@p block, @p size), or end the shell. */
void* memory_resize(void* block, size_t size);

/** A copy of @p length bytes of @p text, null-terminated (malloc'd), or end the shell. */
char* memory_strndup(const char* text, size_t length);

#endif

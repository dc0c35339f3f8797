// The memory of one parsed command line: the syntax tree and expanded
// words are allocated here and all freed at once when the line has run,
// so the parser and the executor need no free functions of their own.
#ifndef SHELL_ARENA_H
#define SHELL_ARENA_H 1

#include <stddef.h>

typedef struct arena_block arena_block_t;

typedef struct
{
    arena_block_t* blocks; /**< newest first */
} arena_t;

#define ARENA_EMPTY ((arena_t){NULL})

/** @p size zeroed bytes, aligned for any object; lives until arena_free. */
void* arena_alloc(arena_t* arena, size_t size);

/** A null-terminated copy of @p length bytes of @p text. */
char* arena_strndup(arena_t* arena, const char* text, size_t length);

/** Free everything allocated from @p arena; it can be used again. */
void arena_free(arena_t* arena);

#endif

#include "arena.h"

#include "memory.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE 4096

struct arena_block
{
    arena_block_t* next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char bytes[];
};

void* arena_alloc(arena_t* arena, size_t size)
{
    size = (size + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1);
    arena_block_t* block = arena->blocks;
    if (block == NULL || block->size - block->used < size)
    {
        // A request bigger than a block gets a block of its own.
        size_t block_size = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = memory_resize(NULL, sizeof(arena_block_t) + block_size);
        block->used = 0;
        block->size = block_size;
        block->next = arena->blocks;
        arena->blocks = block;
    }
    void* result = block->bytes + block->used;
    block->used += size;
    memset(result, 0, size);
    return result;
}

char* arena_strndup(arena_t* arena, const char* text, size_t length)
{
    char* copy = arena_alloc(arena, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

void arena_free(arena_t* arena)
{
    while (arena->blocks != NULL)
    {
        arena_block_t* next = arena->blocks->next;
        free(arena->blocks);
        arena->blocks = next;
    }
}

#include "malloc_internal.h"

// Per class, the chunks that have a free block: the first one serves
// every request, so malloc and free are constant time. A full chunk
// leaves the list and comes back when one of its blocks is freed.
static chunk_t* with_room[CLASS_COUNT];

static void list_remove(chunk_t* chunk)
{
    if (chunk->prev != NULL)
    {
        chunk->prev->next = chunk->next;
    }
    else
    {
        with_room[chunk->class_index] = chunk->next;
    }
    if (chunk->next != NULL)
    {
        chunk->next->prev = chunk->prev;
    }
}

static void list_push(chunk_t* chunk)
{
    chunk->prev = NULL;
    chunk->next = with_room[chunk->class_index];
    if (chunk->next != NULL)
    {
        chunk->next->prev = chunk;
    }
    with_room[chunk->class_index] = chunk;
}

static chunk_t* new_chunk(uint32_t class_index)
{
    chunk_t* chunk = _malloc_chunk_get();
    if (chunk == NULL)
    {
        return NULL;
    }
    size_t block = _malloc_class_size(class_index);
    chunk->magic = MAGIC_SMALL;
    chunk->class_index = class_index;
    chunk->used = 0;
    chunk->capacity = (uint32_t)((CHUNK_SIZE - HEADER_SIZE) / block);
    chunk->free_list = NULL;
    chunk->bump = (char*)chunk + HEADER_SIZE;
    chunk->end = chunk->bump + chunk->capacity * block;
    list_push(chunk);
    return chunk;
}

void* _malloc_small(uint32_t class_index)
{
    chunk_t* chunk = with_room[class_index];
    if (chunk == NULL && (chunk = new_chunk(class_index)) == NULL)
    {
        return NULL;
    }
    void* block;
    if (chunk->free_list != NULL)
    {
        block = chunk->free_list;
        chunk->free_list = chunk->free_list->next;
    }
    else
    {
        block = chunk->bump;
        chunk->bump += _malloc_class_size(class_index);
    }
    if (++chunk->used == chunk->capacity)
    {
        list_remove(chunk);
    }
    return block;
}

void _malloc_small_free(chunk_t* chunk, void* ptr)
{
    if (chunk->used-- == chunk->capacity)
    {
        list_push(chunk);
    }
    // An empty chunk stays while it is its class's only one with room:
    // a program that frees its last block of a size and allocates again
    // would otherwise map and unmap a chunk every time. So beyond the one
    // spare, at most one empty chunk per class is kept.
    if (chunk->used == 0 && (chunk->prev != NULL || chunk->next != NULL))
    {
        list_remove(chunk);
        chunk->magic = 0;
        _malloc_chunk_put(chunk);
        return;
    }
    free_block_t* block = ptr;
    block->next = chunk->free_list;
    chunk->free_list = block;
}

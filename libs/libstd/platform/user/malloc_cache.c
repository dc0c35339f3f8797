// The per-thread cache of small blocks (malloc_cache.h). A miss takes
// CACHE_BATCH blocks under one lock; a full class gives all its blocks
// back under one, so what stays cached is what was freed last (the
// memory a program touched last, and after a program frees everything,
// blocks of the chunks it filled last: the other chunks can go back to
// the system). Cached blocks still count as used in their chunks, so a
// chunk with a cached block is never unmapped under the cache.
#include "malloc_cache.h"
#include "malloc_internal.h"
#include "tcb.h"

#include <stddef.h>

// Blocks a refill takes under one lock.
#define CACHE_BATCH 8

_Static_assert(CACHE_CLASSES <= CLASS_COUNT, "the cached classes exist");
_Static_assert(CACHE_LIMIT_SMALL <= UINT8_MAX && CACHE_BATCH <= CACHE_LIMIT_LARGE, "counts fit");
_Static_assert(_Alignof(free_block_t) <= MALLOC_ALIGN, "a free block's link fits any block");

void* _malloc_cache_refill(malloc_cache_t* cache, uint32_t class_index)
{
    // A batch under one lock; the caller gets the last one taken.
    _malloc_lock();
    for (int i = 0; i < CACHE_BATCH; i++)
    {
        free_block_t* block = _malloc_small(class_index);
        if (block == NULL)
        {
            break;
        }
        block->next = cache->head[class_index];
        cache->head[class_index] = block;
        cache->count[class_index]++;
    }
    _malloc_unlock();
    return _malloc_cache_pop(cache, class_index);
}

// Give @p count blocks of @p class_index back to their chunks (lock held).
static void cache_drain(malloc_cache_t* cache, uint32_t class_index, uint32_t count)
{
    for (uint32_t i = 0; i < count && cache->head[class_index] != NULL; i++)
    {
        free_block_t* block = cache->head[class_index];
        cache->head[class_index] = block->next;
        cache->count[class_index]--;
        _malloc_small_free((chunk_t*)_malloc_header(block), block);
    }
}

void _malloc_cache_spill(malloc_cache_t* cache, uint32_t class_index, void* block)
{
    _malloc_lock();
    cache_drain(cache, class_index, UINT32_MAX);
    _malloc_unlock();
    _malloc_cache_push(cache, class_index, block);
}

void _malloc_cache_release(void)
{
    malloc_cache_t* cache = _tcb_current()->malloc_cache;
    if (cache == NULL)
    {
        return;
    }
    _tcb_current()->malloc_cache = NULL;
    _malloc_lock();
    for (uint32_t i = 0; i < CACHE_CLASSES; i++)
    {
        cache_drain(cache, i, UINT32_MAX);
    }
    _malloc_unlock();
}

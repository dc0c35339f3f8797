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

// At most this many blocks per class: about 16 KiB for the classes up to
// 256 bytes, half as many of the larger ones.
#define CACHE_LIMIT_SMALL 32
#define CACHE_LIMIT_LARGE 16
#define CACHE_SMALL_CLASSES 12 // classes 0 to 11: up to 256 bytes
#define CACHE_BATCH 8

_Static_assert(CACHE_CLASSES <= CLASS_COUNT, "the cached classes exist");
_Static_assert(CACHE_LIMIT_SMALL <= UINT8_MAX && CACHE_BATCH <= CACHE_LIMIT_LARGE, "counts fit");

static inline uint32_t cache_limit(uint32_t class_index)
{
    return class_index < CACHE_SMALL_CLASSES ? CACHE_LIMIT_SMALL : CACHE_LIMIT_LARGE;
}

static inline malloc_cache_t* cache_current(void)
{
    return _tcb_current()->malloc_cache;
}

void* _malloc_cache_get(uint32_t class_index)
{
    malloc_cache_t* cache = cache_current();
    if (cache == NULL || class_index >= CACHE_CLASSES)
    {
        return NULL;
    }
    if (cache->head[class_index] == NULL)
    {
        // Refill: a batch under one lock, all but one kept.
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
        if (cache->head[class_index] == NULL)
        {
            return NULL; // out of memory: the caller's own try says so
        }
    }
    free_block_t* block = cache->head[class_index];
    cache->head[class_index] = block->next;
    cache->count[class_index]--;
    return block;
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

bool _malloc_cache_put(chunk_t* chunk, void* ptr)
{
    malloc_cache_t* cache = cache_current();
    uint32_t class_index = chunk->class_index; // fixed while a block of it is in use
    if (cache == NULL || class_index >= CACHE_CLASSES)
    {
        return false;
    }
    if (cache->count[class_index] >= cache_limit(class_index))
    {
        _malloc_lock();
        cache_drain(cache, class_index, UINT32_MAX);
        _malloc_unlock();
    }
    free_block_t* block = ptr;
    block->next = cache->head[class_index];
    cache->head[class_index] = block;
    cache->count[class_index]++;
    return true;
}

void _malloc_cache_release(void)
{
    malloc_cache_t* cache = cache_current();
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

#include "futex_lock.h"
#include "malloc_cache.h"
#include "malloc_internal.h"
#include "tcb.h"

#include <errno.h>
#include <stdlib.h>

// One lock for every class: simple, and the critical sections are a few
// pointer moves (a chunk's mapping or unmapping aside). Most small blocks
// do not take it: each thread's cache (malloc_cache.c) comes first.
static _futex_lock_t lock = _FUTEX_LOCK_INIT;

void _malloc_lock(void)
{
    _futex_lock(&lock);
}

void _malloc_unlock(void)
{
    _futex_unlock(&lock);
}

void* malloc(size_t size)
{
    if (size > SMALL_MAX)
    {
        return _malloc_large(size, MALLOC_ALIGN);
    }
    uint32_t class_index = _malloc_class_of(size);
    malloc_cache_t* cache = _tcb_current()->malloc_cache;
    void* block;
    if (cache != NULL && class_index < CACHE_CLASSES)
    {
        block = _malloc_cache_pop(cache, class_index);
        if (block == NULL)
        {
            block = _malloc_cache_refill(cache, class_index);
        }
        if (block != NULL)
        {
            return block;
        }
    }
    _malloc_lock();
    block = _malloc_small(class_index);
    _malloc_unlock();
    if (block == NULL)
    {
        errno = ENOMEM;
    }
    return block;
}

void free(void* ptr)
{
    if (ptr == NULL)
    {
        return;
    }
    uint32_t* header = _malloc_header(ptr);
    if (*header == MAGIC_LARGE)
    {
        _malloc_large_free((large_t*)header);
        return;
    }
    // The class is fixed while a block of the chunk is in use.
    uint32_t class_index = ((chunk_t*)header)->class_index;
    malloc_cache_t* cache = _tcb_current()->malloc_cache;
    if (cache != NULL && class_index < CACHE_CLASSES)
    {
        if (!_malloc_cache_push(cache, class_index, ptr))
        {
            _malloc_cache_spill(cache, class_index, ptr);
        }
        return;
    }
    _malloc_lock();
    _malloc_small_free((chunk_t*)header, ptr);
    _malloc_unlock();
}

#include "futex_lock.h"
#include "malloc_internal.h"

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
    void* block = _malloc_cache_get(class_index);
    if (block != NULL)
    {
        return block;
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
    if (_malloc_cache_put((chunk_t*)header, ptr))
    {
        return;
    }
    _malloc_lock();
    _malloc_small_free((chunk_t*)header, ptr);
    _malloc_unlock();
}

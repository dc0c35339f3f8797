// Slab caches: fast allocation of same-sized kernel objects.
//
// A slab is one page, taken from the physical allocator and used through
// the direct map, so it is page-aligned: the slab's header sits at the
// start of the page, and any object's slab is found by rounding its
// address down. Free objects are chained through their first bytes;
// allocation and release are constant time. Each slab also keeps one bit
// per object, so a double free or a pointer into the middle of an object
// is caught every time, not only in debug mode.
//
// Debug mode (heap_set_debug) fills freed objects with a poison pattern
// and checks it when the object is handed out again: a write after free
// then ends in a panic that names the object.
#ifndef KERNEL_MEM_SLAB_H
#define KERNEL_MEM_SLAB_H 1

#include <kernel/sync/spinlock.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** The largest object a slab cache holds; kmalloc goes to whole pages above it. */
#define SLAB_OBJECT_MAX 1024

typedef struct slab slab_t;

typedef struct
{
    spinlock_t lock;
    const char* name;
    uint32_t object_size; /**< rounded up to 16 bytes */
    uint32_t per_slab;    /**< objects in one slab */
    uint32_t first;       /**< offset of the first object in a slab */
    slab_t* partial;      /**< slabs with free and used objects */
    slab_t* full;
    slab_t* empty;        /**< at most one slab with no objects in use */
    uint64_t slabs;       /**< pages this cache holds */
    uint64_t objects;     /**< objects in use */
} slab_cache_t;

/** Set up a cache for objects of @p size bytes (1..SLAB_OBJECT_MAX). */
void slab_cache_init(slab_cache_t* cache, const char* name, size_t size);

/** An object, 16-byte aligned and not zeroed; NULL when memory is exhausted. */
void* slab_alloc(slab_cache_t* cache);

/**
 * Return an object. -EINVAL if @p object is not an object of this cache
 * in use (a double free, a foreign or misaligned pointer); nothing changes then.
 */
int slab_free(slab_cache_t* cache, void* object);

/** The cache @p pointer's slab belongs to, or NULL if it is not in a slab. */
slab_cache_t* slab_cache_of(const void* pointer);

/** Give the cache's empty slab back to the physical allocator. */
void slab_trim(slab_cache_t* cache);

/** Turn poisoning of freed objects on or off (for every cache). */
void heap_set_debug(bool debug);

#endif

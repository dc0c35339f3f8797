#include "slab.h"

#include "pmm.h"

#include <kernel/panic/panic.h>

#include <errno.h>
#include <string.h>

#define SLAB_MAGIC 0x42414C53574B5250ULL // "PRKWSLAB"
#define SLAB_ALIGN 16
#define SLAB_MAX_OBJECTS 256
#define POISON_FREE 0xDE

struct slab
{
    uint64_t magic;
    slab_cache_t* cache;
    slab_t* next;
    slab_t* prev;
    void* free_list;
    uint32_t in_use;
    uint64_t used[SLAB_MAX_OBJECTS / 64];     // bit n: object n is allocated
    uint64_t poisoned[SLAB_MAX_OBJECTS / 64]; // bit n: free object n was poisoned (debug mode)
};

static bool debug_mode;

void heap_set_debug(bool debug)
{
    debug_mode = debug;
}

void slab_cache_init(slab_cache_t* cache, const char* name, size_t size)
{
    memset(cache, 0, sizeof(*cache));
    spinlock_init(&cache->lock);
    cache->name = name;
    cache->object_size = (uint32_t)((size + SLAB_ALIGN - 1) & ~(size_t)(SLAB_ALIGN - 1));
    cache->first = (uint32_t)((sizeof(slab_t) + SLAB_ALIGN - 1) & ~(size_t)(SLAB_ALIGN - 1));
    cache->per_slab = (uint32_t)((PAGE_SIZE - cache->first) / cache->object_size);
    if (cache->per_slab > SLAB_MAX_OBJECTS)
    {
        cache->per_slab = SLAB_MAX_OBJECTS;
    }
}

static void slab_list_remove(slab_t** list, slab_t* slab)
{
    if (slab->prev != NULL)
    {
        slab->prev->next = slab->next;
    }
    else
    {
        *list = slab->next;
    }
    if (slab->next != NULL)
    {
        slab->next->prev = slab->prev;
    }
    slab->next = slab->prev = NULL;
}

static void slab_list_push(slab_t** list, slab_t* slab)
{
    slab->prev = NULL;
    slab->next = *list;
    if (*list != NULL)
    {
        (*list)->prev = slab;
    }
    *list = slab;
}

static slab_t* slab_new(slab_cache_t* cache)
{
    uint64_t page = pmm_alloc();
    if (page == 0)
    {
        return NULL;
    }
    slab_t* slab = PHYS_TO_VIRT(page);
    memset(slab, 0, sizeof(*slab));
    slab->magic = SLAB_MAGIC;
    slab->cache = cache;
    // Chain the objects in address order.
    uint8_t* base = (uint8_t*)slab + cache->first;
    for (uint32_t i = cache->per_slab; i-- > 0;)
    {
        void* object = base + (size_t)i * cache->object_size;
        if (debug_mode)
        {
            memset(object, POISON_FREE, cache->object_size);
            slab->poisoned[i / 64] |= 1ULL << (i % 64);
        }
        *(void**)object = slab->free_list;
        slab->free_list = object;
    }
    cache->slabs++;
    return slab;
}

static uint32_t slab_index(const slab_t* slab, const void* object)
{
    return (uint32_t)(((const uint8_t*)object - ((const uint8_t*)slab + slab->cache->first)) /
        slab->cache->object_size);
}

// In debug mode a free object is all poison after its chain pointer.
static void slab_check_poison(const slab_cache_t* cache, const uint8_t* object)
{
    for (uint32_t i = sizeof(void*); i < cache->object_size; i++)
    {
        if (object[i] != POISON_FREE)
        {
            panic("heap: use after free: object %p of cache %s was written after it was freed (byte %u)",
                (const void*)object, cache->name, i);
        }
    }
}

static void* slab_alloc_locked(slab_cache_t* cache)
{
    slab_t* slab = cache->partial;
    if (slab == NULL)
    {
        slab = cache->empty;
        if (slab != NULL)
        {
            cache->empty = NULL;
        }
        else if ((slab = slab_new(cache)) == NULL)
        {
            return NULL;
        }
        slab_list_push(&cache->partial, slab);
    }
    void* object = slab->free_list;
    slab->free_list = *(void**)object;
    uint32_t index = slab_index(slab, object);
    // Only objects poisoned when they were freed can be checked.
    if (slab->poisoned[index / 64] & (1ULL << (index % 64)))
    {
        slab_check_poison(cache, object);
        slab->poisoned[index / 64] &= ~(1ULL << (index % 64));
    }
    slab->used[index / 64] |= 1ULL << (index % 64);
    slab->in_use++;
    cache->objects++;
    if (slab->in_use == cache->per_slab)
    {
        slab_list_remove(&cache->partial, slab);
        slab_list_push(&cache->full, slab);
    }
    return object;
}

void* slab_alloc(slab_cache_t* cache)
{
    spin_lock(&cache->lock);
    void* object = slab_alloc_locked(cache);
    spin_unlock(&cache->lock);
    return object;
}

slab_cache_t* slab_cache_of(const void* pointer)
{
    const slab_t* slab = (const slab_t*)((uint64_t)pointer & ~(PAGE_SIZE - 1));
    return slab->magic == SLAB_MAGIC ? slab->cache : NULL;
}

static int slab_free_locked(slab_cache_t* cache, void* object)
{
    slab_t* slab = (slab_t*)((uint64_t)object & ~(PAGE_SIZE - 1));
    uint64_t offset = (uint64_t)object - (uint64_t)slab;
    if (slab->magic != SLAB_MAGIC || slab->cache != cache || offset < cache->first ||
        (offset - cache->first) % cache->object_size != 0)
    {
        return -EINVAL;
    }
    uint32_t index = slab_index(slab, object);
    if (index >= cache->per_slab || !(slab->used[index / 64] & (1ULL << (index % 64))))
    {
        return -EINVAL; // not in use: freed twice, or never handed out
    }
    slab->used[index / 64] &= ~(1ULL << (index % 64));
    if (debug_mode)
    {
        memset(object, POISON_FREE, cache->object_size);
        slab->poisoned[index / 64] |= 1ULL << (index % 64);
    }
    *(void**)object = slab->free_list;
    slab->free_list = object;
    cache->objects--;
    if (slab->in_use-- == cache->per_slab)
    {
        slab_list_remove(&cache->full, slab);
        slab_list_push(&cache->partial, slab);
    }
    if (slab->in_use == 0)
    {
        // Keep one empty slab for the next allocation; more go back.
        slab_list_remove(&cache->partial, slab);
        if (cache->empty == NULL)
        {
            cache->empty = slab;
        }
        else
        {
            slab->magic = 0;
            pmm_free(VIRT_TO_PHYS(slab));
            cache->slabs--;
        }
    }
    return 0;
}

int slab_free(slab_cache_t* cache, void* object)
{
    spin_lock(&cache->lock);
    int result = slab_free_locked(cache, object);
    spin_unlock(&cache->lock);
    return result;
}

void slab_trim(slab_cache_t* cache)
{
    spin_lock(&cache->lock);
    slab_t* empty = cache->empty;
    if (empty != NULL)
    {
        empty->magic = 0;
        cache->empty = NULL;
        cache->slabs--;
    }
    spin_unlock(&cache->lock);
    if (empty != NULL)
    {
        pmm_free(VIRT_TO_PHYS(empty));
    }
}

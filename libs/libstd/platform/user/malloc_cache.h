/* A thread's cache of free small blocks (malloc_cache.c), in front of
   the allocator's lock: malloc and free of blocks up to CACHE_MAX_SIZE
   bytes take and give from here without a lock or an atomic operation,
   and go to the shared chunks only in batches.

   Only threads that give their cache back when they end have one: the
   main thread (its blocks end with the process) and threads started by
   thrd_create or pthread_create (thrd_exit empties it). The control
   block's malloc_cache points at it; threads of thread_create_raw have
   NULL there and always take the lock. */
#ifndef _LIBSTD_USER_MALLOC_CACHE_H
#define _LIBSTD_USER_MALLOC_CACHE_H 1

#include <stddef.h>
#include <stdint.h>

/* Classes 0 to 19: blocks of 16 to 1024 bytes. */
#define CACHE_CLASSES 20
#define CACHE_MAX_SIZE 1024

struct free_block;

typedef struct
{
    struct free_block* head[CACHE_CLASSES];
    uint8_t count[CACHE_CLASSES];
} malloc_cache_t;

/* At most this many blocks per class: about 16 KiB for the classes up to
   256 bytes (0 to 11), half as many of the larger ones. */
#define CACHE_LIMIT_SMALL 32
#define CACHE_LIMIT_LARGE 16
#define CACHE_SMALL_CLASSES 12

static inline uint32_t _malloc_cache_limit(uint32_t class_index)
{
    return class_index < CACHE_SMALL_CLASSES ? CACHE_LIMIT_SMALL : CACHE_LIMIT_LARGE;
}

/* The fast paths, inline in malloc and free: a block of class
   @p class_index (< CACHE_CLASSES) from @p cache, NULL if it has none; and
   @p block put into @p cache, false if that class is full. */
static inline void* _malloc_cache_pop(malloc_cache_t* cache, uint32_t class_index)
{
    struct free_block** head = &cache->head[class_index];
    void* block = *head;
    if (block != NULL)
    {
        *head = *(struct free_block**)block;
        cache->count[class_index]--;
    }
    return block;
}

static inline int _malloc_cache_push(malloc_cache_t* cache, uint32_t class_index, void* block)
{
    if (cache->count[class_index] >= _malloc_cache_limit(class_index))
    {
        return 0;
    }
    *(struct free_block**)block = cache->head[class_index];
    cache->head[class_index] = block;
    cache->count[class_index]++;
    return 1;
}

/* The slow paths (malloc_cache.c), which take the lock: refill an empty
   class and return one of its blocks (NULL when memory is out), and give
   a full class back to its chunks before caching @p block. */
void* _malloc_cache_refill(malloc_cache_t* cache, uint32_t class_index);
void _malloc_cache_spill(malloc_cache_t* cache, uint32_t class_index, void* block);

/* Give every cached block back to its chunk (with the lock) and stop
   caching for the calling thread. */
void _malloc_cache_release(void);

#endif

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

/* Give every cached block back to its chunk (with the lock) and stop
   caching for the calling thread. */
void _malloc_cache_release(void);

#endif

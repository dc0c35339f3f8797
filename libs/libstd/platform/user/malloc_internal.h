/* The user-space allocator's private parts (malloc.c, malloc_chunk.c,
   malloc_large.c, realloc.c, aligned_alloc.c).

   It lives in platform/user because it takes its memory from the kernel
   with mmap and locks with futexes; the kernel has its own slab heap.

   Memory comes in CHUNK_SIZE-aligned chunks, each starting with a header:
   - a small chunk is cut into blocks of one size class (16 to 8192 bytes);
     its free blocks form a list, and blocks never handed out yet are taken
     from a bump pointer, so a fresh chunk costs nothing to set up;
   - a large block (above the biggest class, or aligned beyond 64 bytes)
     is a mapping of its own whose header sits at its chunk-aligned start.
   Every header is found from a pointer in constant time: it is the chunk
   boundary at or below ptr - 1. A small block never starts at offset 0 of
   a chunk (the header is there); a large block normally starts right after
   its header, and one aligned to CHUNK_SIZE or more starts exactly at a
   boundary, with its header one chunk below. */
#ifndef _LIBSTD_USER_MALLOC_INTERNAL_H
#define _LIBSTD_USER_MALLOC_INTERNAL_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/proc.h> // PAGE_SIZE

#define CHUNK_SIZE (64 * 1024)
#define HEADER_SIZE 64
/* What malloc guarantees: enough for any standard type (max_align_t). */
#define MALLOC_ALIGN 16

#define SMALL_MAX 8192
#define CLASS_COUNT 32

#define MAGIC_SMALL 0x534d4c4cu
#define MAGIC_LARGE 0x4c524745u

typedef struct free_block
{
    struct free_block* next;
} free_block_t;

/* Both headers begin with the magic, so a pointer's kind can be read
   before knowing it. */
typedef struct chunk
{
    uint32_t magic;
    uint32_t class_index;
    uint32_t used;     /* blocks handed out */
    uint32_t capacity; /* blocks that fit */
    free_block_t* free_list;
    char* bump;        /* the next block never handed out */
    char* end;         /* past the last whole block */
    struct chunk* prev; /* in its class's list of chunks with room */
    struct chunk* next;
} chunk_t;

typedef struct
{
    uint32_t magic;
    uint32_t reserved;
    void* map_base;    /* what munmap gets */
    size_t map_length;
    size_t usable;     /* bytes from the user's pointer to the mapping's end */
} large_t;

_Static_assert(sizeof(chunk_t) <= HEADER_SIZE && sizeof(large_t) <= HEADER_SIZE, "headers fit");

/* The header of the block at @p ptr. */
static inline void* _malloc_header(const void* ptr)
{
    return (void*)(((uintptr_t)ptr - 1) & ~(uintptr_t)(CHUNK_SIZE - 1));
}

/* The size class for @p size (1 to SMALL_MAX): 16-byte steps up to 128,
   then four classes per power of two, so no more than a fifth is lost. */
static inline uint32_t _malloc_class_of(size_t size)
{
    if (size <= 128)
    {
        return size == 0 ? 0 : (uint32_t)((size + 15) / 16 - 1);
    }
    size_t s = size - 1;
    uint32_t power = 63 - (uint32_t)__builtin_clzll(s);
    return 8 + (power - 7) * 4 + (uint32_t)((s >> (power - 2)) & 3);
}

/* The block size of class @p index. */
static inline size_t _malloc_class_size(uint32_t index)
{
    if (index < 8)
    {
        return (index + 1) * 16;
    }
    uint32_t power = 7 + (index - 8) / 4;
    return ((size_t)1 << power) + ((index - 8) % 4 + 1) * ((size_t)1 << (power - 2));
}

/* The lock every allocator function holds while it touches shared state. */
void _malloc_lock(void);
void _malloc_unlock(void);

/* Small blocks (malloc_small.c), with the lock held. */
void* _malloc_small(uint32_t class_index);
void _malloc_small_free(chunk_t* chunk, void* ptr);


/* Chunks (malloc_chunk.c): @p length bytes (rounded up to pages) of
   zeroed memory at a CHUNK_SIZE-aligned address, mapped exactly; NULL when
   the system has no memory. */
void* _malloc_map_aligned(size_t length);
/* A chunk for small blocks: the spare if there is one, else a new mapping. */
chunk_t* _malloc_chunk_get(void);
/* Give a chunk with no block in use back: kept as the spare, or unmapped. */
void _malloc_chunk_put(chunk_t* chunk);

/* Large blocks (malloc_large.c); they need no lock. */
void* _malloc_large(size_t size, size_t alignment);
void _malloc_large_free(large_t* large);
/* Grow or shrink in place; false when it cannot. */
bool _malloc_large_resize(large_t* large, void* ptr, size_t size);

#endif

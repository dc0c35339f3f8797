#include "malloc_internal.h"

#include <sys/proc.h>

// One chunk that became entirely free is kept, so a program that
// allocates and frees around a chunk boundary does not map and unmap on
// every call; any more go back to the system.
static chunk_t* spare;

static size_t round_to_pages(size_t length)
{
    return (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
}

static bool is_aligned(const void* address)
{
    return ((uintptr_t)address & (CHUNK_SIZE - 1)) == 0;
}

void* _malloc_map_aligned(size_t length)
{
    length = round_to_pages(length);
    if (length == 0 || length > SIZE_MAX - CHUNK_SIZE)
    {
        return NULL;
    }
    char* first = mem_map(-1, NULL, length, PROT_READ | PROT_WRITE);
    if (first == NULL || is_aligned(first))
    {
        return first;
    }
    // The kernel places mappings page by page; ask for the next boundary
    // (mmap takes a free hint as given) before paying for a bigger mapping.
    char* boundary = (char*)(((uintptr_t)first + CHUNK_SIZE - 1) & ~(uintptr_t)(CHUNK_SIZE - 1));
    munmap(first, length);
    char* hinted = mem_map(-1, boundary, length, PROT_READ | PROT_WRITE);
    if (hinted == NULL || is_aligned(hinted))
    {
        return hinted;
    }
    munmap(hinted, length);
    // Map enough to hold an aligned range whatever the placement, and
    // give back the pieces on either side.
    size_t padded = length + CHUNK_SIZE - PAGE_SIZE;
    char* base = mem_map(-1, NULL, padded, PROT_READ | PROT_WRITE);
    if (base == NULL)
    {
        return NULL;
    }
    char* aligned = (char*)(((uintptr_t)base + CHUNK_SIZE - 1) & ~(uintptr_t)(CHUNK_SIZE - 1));
    if (aligned > base)
    {
        munmap(base, (size_t)(aligned - base));
    }
    char* tail = aligned + length;
    if (tail < base + padded)
    {
        munmap(tail, (size_t)(base + padded - tail));
    }
    return aligned;
}

chunk_t* _malloc_chunk_get(void)
{
    if (spare != NULL)
    {
        chunk_t* chunk = spare;
        spare = NULL;
        return chunk;
    }
    return _malloc_map_aligned(CHUNK_SIZE);
}

void _malloc_chunk_put(chunk_t* chunk)
{
    if (spare == NULL)
    {
        spare = chunk;
        return;
    }
    munmap(chunk, CHUNK_SIZE);
}

#include "malloc_internal.h"

#include <errno.h>
#include <sys/proc.h>

// Large blocks are mappings of their own, so they touch no shared state
// and take no lock: the kernel serialises the mappings themselves.

static size_t round_to_pages(size_t length)
{
    return (length + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
}

// Alignments of a chunk or more: the block starts on a boundary and its
// header sits one chunk below, so map enough to find such a place and
// give back what lies around it.
static void* map_with_big_alignment(size_t size, size_t alignment, large_t** header)
{
    size_t padded = round_to_pages(CHUNK_SIZE + alignment + size);
    char* raw = mem_map(-1, NULL, padded, PROT_READ | PROT_WRITE);
    if (raw == NULL)
    {
        return NULL;
    }
    char* block = (char*)(((uintptr_t)raw + CHUNK_SIZE + alignment - 1) & ~(uintptr_t)(alignment - 1));
    char* start = block - CHUNK_SIZE;
    char* end = block + round_to_pages(size);
    if (start > raw)
    {
        munmap(raw, (size_t)(start - raw));
    }
    if (end < raw + padded)
    {
        munmap(end, (size_t)(raw + padded - end));
    }
    *header = (large_t*)start;
    (*header)->map_base = start;
    (*header)->map_length = (size_t)(end - start);
    return block;
}

void* _malloc_large(size_t size, size_t alignment)
{
    if (size > SIZE_MAX / 4 || alignment > SIZE_MAX / 4)
    {
        errno = ENOMEM;
        return NULL;
    }
    large_t* header;
    char* block;
    if (alignment >= CHUNK_SIZE)
    {
        block = map_with_big_alignment(size, alignment, &header);
    }
    else
    {
        // The block follows its header, at an offset that is a multiple
        // of its alignment (the mapping starts on a chunk boundary).
        size_t offset = alignment > HEADER_SIZE ? alignment : HEADER_SIZE;
        header = _malloc_map_aligned(offset + size);
        block = header == NULL ? NULL : (char*)header + offset;
        if (header != NULL)
        {
            header->map_base = header;
            header->map_length = round_to_pages(offset + size);
        }
    }
    if (block == NULL)
    {
        errno = ENOMEM;
        return NULL;
    }
    header->magic = MAGIC_LARGE;
    header->usable = (size_t)((char*)header->map_base + header->map_length - block);
    return block;
}

void _malloc_large_free(large_t* large)
{
    munmap(large->map_base, large->map_length);
}

bool _malloc_large_resize(large_t* large, void* ptr, size_t size)
{
    char* base = large->map_base;
    size_t offset = (size_t)((char*)ptr - base);
    if (size > SIZE_MAX / 4)
    {
        return false;
    }
    size_t wanted = round_to_pages(offset + size);
    char* end = base + large->map_length;
    if (wanted < large->map_length)
    {
        // Shrinking: the pages past the new end go back at once.
        munmap(base + wanted, large->map_length - wanted);
    }
    else if (wanted > large->map_length)
    {
        // Growing: only if the pages right after it are free (mmap takes
        // a free hint as given).
        size_t extra = wanted - large->map_length;
        char* got = mem_map(-1, end, extra, PROT_READ | PROT_WRITE);
        if (got != end)
        {
            if (got != NULL)
            {
                munmap(got, extra);
            }
            return false;
        }
    }
    large->map_length = wanted;
    large->usable = wanted - offset;
    return true;
}

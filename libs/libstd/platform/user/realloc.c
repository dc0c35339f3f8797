#include "malloc_internal.h"

#include <stdlib.h>
#include <string.h>

// The bytes a block can hold, from its header.
static size_t block_capacity(void* header)
{
    if (*(uint32_t*)header == MAGIC_LARGE)
    {
        return ((large_t*)header)->usable;
    }
    return _malloc_class_size(((chunk_t*)header)->class_index);
}

void* realloc(void* ptr, size_t size)
{
    if (ptr == NULL)
    {
        return malloc(size);
    }
    void* header = _malloc_header(ptr);
    size_t capacity = block_capacity(header);
    if (*(uint32_t*)header == MAGIC_LARGE)
    {
        // A large block stays one while it stays large: shrink or grow
        // its mapping in place when the pages allow.
        if (size > SMALL_MAX && _malloc_large_resize(header, ptr, size))
        {
            return ptr;
        }
    }
    else if (size <= capacity && size > capacity / 2)
    {
        // Its class still fits and does not waste more than half.
        return ptr;
    }
    void* moved = malloc(size);
    if (moved == NULL)
    {
        return NULL; // the old block stays as it was
    }
    memcpy(moved, ptr, size < capacity ? size : capacity);
    free(ptr);
    return moved;
}

#include "malloc_internal.h"

#include <errno.h>
#include <stdlib.h>

// A small block of a class whose size is a multiple of the alignment is
// aligned, because blocks start HEADER_SIZE (64) bytes into an aligned
// chunk; that serves alignments up to 64. Larger ones get a mapping.
void* aligned_alloc(size_t alignment, size_t size)
{
    if (alignment == 0 || (alignment & (alignment - 1)) != 0)
    {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= MALLOC_ALIGN)
    {
        return malloc(size);
    }
    if (alignment <= HEADER_SIZE && size <= SMALL_MAX)
    {
        uint32_t index = _malloc_class_of(size);
        while (index < CLASS_COUNT && _malloc_class_size(index) % alignment != 0)
        {
            index++;
        }
        if (index < CLASS_COUNT)
        {
            _malloc_lock();
            void* block = _malloc_small(index);
            _malloc_unlock();
            if (block == NULL)
            {
                errno = ENOMEM;
            }
            return block;
        }
    }
    return _malloc_large(size, alignment);
}

#include <stdlib.h>
#include <string.h>
#include <errno.h>

void* calloc(size_t count, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(count, size, &total))
    {
        errno = ENOMEM;
        return NULL;
    }
    // Blocks are reused, so even memory fresh from mmap is not assumed zero.
    void* block = malloc(total);
    if (block != NULL)
    {
        memset(block, 0, total);
    }
    return block;
}

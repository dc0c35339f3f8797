#include <errno.h>
#include <stdlib.h>

int posix_memalign(void** result, size_t alignment, size_t size)
{
    // POSIX also asks for a multiple of sizeof(void*).
    if (alignment % sizeof(void*) != 0)
    {
        return EINVAL;
    }
    int saved = errno;
    void* block = aligned_alloc(alignment, size);
    if (block == NULL)
    {
        int error = errno;
        errno = saved;
        return error;
    }
    *result = block;
    return 0;
}

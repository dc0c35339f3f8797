#include "user_copy.h"

#include "vmm.h"

#include <errno.h>
#include <stdint.h>

extern int user_copy_raw(void* dest, const void* src, uint64_t count);

bool user_range_valid(const void* pointer, size_t length)
{
    uint64_t start = (uint64_t)pointer;
    // The first page stays unmapped so that null (and small offsets from
    // it) is always an error.
    return start >= 4096 && start <= VMM_USER_END && length <= VMM_USER_END - start;
}

int user_copy_from(void* dest, const void* user_src, size_t length)
{
    if (!user_range_valid(user_src, length))
    {
        return -EFAULT;
    }
    return length == 0 ? 0 : user_copy_raw(dest, user_src, length);
}

int user_copy_to(void* user_dest, const void* src, size_t length)
{
    if (!user_range_valid(user_dest, length))
    {
        return -EFAULT;
    }
    return length == 0 ? 0 : user_copy_raw(user_dest, src, length);
}

#include "user_copy.h"

#include "pmm.h"
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

extern int user_store_u32_raw(uint32_t* dest, uint32_t value);

int user_store_u32(uint32_t* user_dest, uint32_t value)
{
    if ((uintptr_t)user_dest % sizeof(uint32_t) != 0)
    {
        return -EINVAL;
    }
    if (!user_range_valid(user_dest, sizeof(uint32_t)))
    {
        return -EFAULT;
    }
    return user_store_u32_raw(user_dest, value);
}

long user_copy_string(char* dest, const char* user_src, size_t max)
{
    // Page by page: the string may end just before an unmapped page.
    size_t copied = 0;
    while (copied < max)
    {
        uint64_t at = (uint64_t)user_src + copied;
        size_t chunk = PAGE_SIZE - (at % PAGE_SIZE);
        chunk = chunk < max - copied ? chunk : max - copied;
        int result = user_copy_from(dest + copied, (const void*)at, chunk);
        if (result != 0)
        {
            return result;
        }
        for (size_t i = 0; i < chunk; i++)
        {
            if (dest[copied + i] == '\0')
            {
                return (long)(copied + i);
            }
        }
        copied += chunk;
    }
    return -ENAMETOOLONG;
}

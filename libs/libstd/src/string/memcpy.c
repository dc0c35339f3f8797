#include <string.h>

void* memcpy(void* restrict dest, const void* restrict src, size_t count)
{
    unsigned char* d = dest;
    const unsigned char* s = src;
    while (count--)
    {
        *d++ = *s++;
    }
    return dest;
}

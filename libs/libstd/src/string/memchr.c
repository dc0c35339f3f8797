#include <string.h>

void* memchr(const void* src, int value, size_t count)
{
    const unsigned char* s = src;
    unsigned char target = (unsigned char)value;
    for (size_t i = 0; i < count; i++)
    {
        if (s[i] == target)
        {
            return (void*)(s + i);
        }
    }
    return NULL;
}

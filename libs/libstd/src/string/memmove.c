#include <string.h>

void* memmove(void* dest, const void* src, size_t count)
{
    unsigned char* d = dest;
    const unsigned char* s = src;
    if (d < s)
    {
        while (count--)
        {
            *d++ = *s++;
        }
    }
    else
    {
        // Copy backwards so an overlapping source is read before it is overwritten.
        while (count--)
        {
            d[count] = s[count];
        }
    }
    return dest;
}

#include <string.h>

void* memset(void* dest, int value, size_t count)
{
    unsigned char* d = dest;
    while (count--)
    {
        *d++ = (unsigned char)value;
    }
    return dest;
}

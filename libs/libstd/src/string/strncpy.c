#include <string.h>

char* strncpy(char* restrict dest, const char* restrict src, size_t count)
{
    size_t i = 0;
    for (; i < count && src[i] != '\0'; i++)
    {
        dest[i] = src[i];
    }
    // C requires the rest of dest to be zero-filled, not just terminated.
    for (; i < count; i++)
    {
        dest[i] = '\0';
    }
    return dest;
}

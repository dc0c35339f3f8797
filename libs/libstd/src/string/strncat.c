#include <string.h>

char* strncat(char* restrict dest, const char* restrict src, size_t count)
{
    char* d = dest + strlen(dest);
    // src need not be terminated within count bytes, so never read past them.
    size_t i = 0;
    for (; i < count && src[i] != '\0'; i++)
    {
        d[i] = src[i];
    }
    d[i] = '\0';
    return dest;
}

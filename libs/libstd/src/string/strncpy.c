#include <string.h>

// C requires the rest of dest to be zero-filled, not just terminated; the
// kernel fills every stat_t's name this way, so it goes by the word.
char* strncpy(char* restrict dest, const char* restrict src, size_t count)
{
    size_t length = strnlen(src, count);
    memcpy(dest, src, length);
    memset(dest + length, 0, count - length);
    return dest;
}

#include <string.h>

size_t strcspn(const char* str, const char* reject)
{
    size_t length = 0;
    // strchr would match every string's terminator, so test for it first.
    while (str[length] != '\0' && strchr(reject, str[length]) == NULL)
    {
        length++;
    }
    return length;
}

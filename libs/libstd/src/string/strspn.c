#include <string.h>

size_t strspn(const char* str, const char* accept)
{
    size_t length = 0;
    while (str[length] != '\0' && strchr(accept, str[length]) != NULL)
    {
        length++;
    }
    return length;
}

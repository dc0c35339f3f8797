#include <string.h>

char* strstr(const char* haystack, const char* needle)
{
    size_t needle_length = strlen(needle);
    if (needle_length == 0)
    {
        return (char*)haystack;
    }
    // Quadratic in the worst case; simple and enough for the short strings
    // the kernel and bootloader search.
    for (; *haystack != '\0'; haystack++)
    {
        if (*haystack == *needle && strncmp(haystack, needle, needle_length) == 0)
        {
            return (char*)haystack;
        }
    }
    return NULL;
}

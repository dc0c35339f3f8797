#include <string.h>

char* strchr(const char* str, int value)
{
    char target = (char)value;
    // The terminator is part of the string: strchr(s, '\0') finds it.
    for (;; str++)
    {
        if (*str == target)
        {
            return (char*)str;
        }
        if (*str == '\0')
        {
            return NULL;
        }
    }
}

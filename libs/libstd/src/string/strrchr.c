#include <string.h>

char* strrchr(const char* str, int value)
{
    char target = (char)value;
    const char* last = NULL;
    for (;; str++)
    {
        if (*str == target)
        {
            last = str;
        }
        if (*str == '\0')
        {
            return (char*)last;
        }
    }
}

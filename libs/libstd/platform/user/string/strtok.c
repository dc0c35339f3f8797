// strtok keeps its place between calls in a static pointer, shared by all
// threads (C17 7.24.5.8 allows that: it need not avoid data races). Here
// in platform/user because that is mutable state, which src/ has none of.
#include <string.h>

char* strtok(char* restrict str, const char* restrict delimiters)
{
    static char* next;
    char* s = str != NULL ? str : next;
    if (s == NULL)
    {
        return NULL;
    }
    s += strspn(s, delimiters);
    if (*s == '\0')
    {
        next = NULL;
        return NULL;
    }
    char* end = s + strcspn(s, delimiters);
    next = *end != '\0' ? end + 1 : NULL;
    *end = '\0';
    return s;
}

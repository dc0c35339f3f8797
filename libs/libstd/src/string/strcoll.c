#include <string.h>

// Every locale collates in byte order, which for UTF-8 is code point order
// (locale.h).
int strcoll(const char* a, const char* b)
{
    return strcmp(a, b);
}

#include <wchar.h>

// Every locale collates in code point order (locale.h).
int wcscoll(const wchar_t* a, const wchar_t* b)
{
    return wcscmp(a, b);
}

#include <wchar.h>

size_t wcslen(const wchar_t* str)
{
    size_t n = 0;
    while (str[n] != 0)
    {
        n++;
    }
    return n;
}

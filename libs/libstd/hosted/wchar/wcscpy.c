#include <wchar.h>

wchar_t* wcscpy(wchar_t* restrict dest, const wchar_t* restrict src)
{
    wchar_t* d = dest;
    while ((*d++ = *src++) != 0)
    {
    }
    return dest;
}

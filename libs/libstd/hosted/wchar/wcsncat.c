#include <wchar.h>

wchar_t* wcsncat(wchar_t* restrict dest, const wchar_t* restrict src, size_t count)
{
    wchar_t* d = dest + wcslen(dest);
    size_t i = 0;
    for (; i < count && src[i] != 0; i++)
    {
        d[i] = src[i];
    }
    d[i] = 0;
    return dest;
}

#include <wchar.h>

wchar_t* wcsncpy(wchar_t* restrict dest, const wchar_t* restrict src, size_t count)
{
    size_t i = 0;
    for (; i < count && src[i] != 0; i++)
    {
        dest[i] = src[i];
    }
    for (; i < count; i++)
    {
        dest[i] = 0;
    }
    return dest;
}

#include <wchar.h>

wchar_t* wmemchr(const wchar_t* src, wchar_t c, size_t count)
{
    for (size_t i = 0; i < count; i++)
    {
        if (src[i] == c)
        {
            return (wchar_t*)&src[i];
        }
    }
    return NULL;
}

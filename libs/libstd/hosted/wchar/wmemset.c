#include <wchar.h>

wchar_t* wmemset(wchar_t* dest, wchar_t c, size_t count)
{
    for (size_t i = 0; i < count; i++)
    {
        dest[i] = c;
    }
    return dest;
}

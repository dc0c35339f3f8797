#include <wchar.h>

wchar_t* wcschr(const wchar_t* str, wchar_t c)
{
    for (;; str++)
    {
        if (*str == c)
        {
            return (wchar_t*)str;
        }
        if (*str == 0)
        {
            return NULL;
        }
    }
}

#include <wchar.h>

wchar_t* wcsrchr(const wchar_t* str, wchar_t c)
{
    const wchar_t* last = NULL;
    for (;; str++)
    {
        if (*str == c)
        {
            last = str;
        }
        if (*str == 0)
        {
            return (wchar_t*)last;
        }
    }
}

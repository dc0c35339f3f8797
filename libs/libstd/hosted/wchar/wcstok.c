#include <wchar.h>

wchar_t* wcstok(wchar_t* restrict str, const wchar_t* restrict delimiters, wchar_t** restrict state)
{
    wchar_t* s = str != NULL ? str : *state;
    if (s == NULL)
    {
        return NULL;
    }
    s += wcsspn(s, delimiters);
    if (*s == 0)
    {
        *state = NULL;
        return NULL;
    }
    wchar_t* end = s + wcscspn(s, delimiters);
    if (*end != 0)
    {
        *end++ = 0;
        *state = end;
    }
    else
    {
        *state = NULL;
    }
    return s;
}

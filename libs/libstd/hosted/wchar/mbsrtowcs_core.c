#include "conversion.h"

size_t _mbsrtowcs(wchar_t* dest, const char** src, size_t count, mbstate_t* state)
{
    const char* s = *src;
    size_t stored = 0;
    while (dest == NULL || stored < count)
    {
        uint32_t code;
        // At most MB_CUR_MAX bytes are read; a terminator stops the
        // decoder before any byte past it.
        size_t length = _mbrtoc(&code, s, UTF8_MAX, state);
        if (length == (size_t)-1 || length == (size_t)-2)
        {
            // -2 cannot be whole: a terminator inside a character is
            // an illegal byte, so this is only ever -1.
            if (dest != NULL)
            {
                *src = s;
            }
            return (size_t)-1;
        }
        if (length == 0)
        {
            if (dest != NULL)
            {
                dest[stored] = 0;
                *src = NULL;
            }
            return stored;
        }
        if (dest != NULL)
        {
            dest[stored] = (wchar_t)code;
        }
        s += length;
        stored++;
    }
    *src = s;
    return stored;
}

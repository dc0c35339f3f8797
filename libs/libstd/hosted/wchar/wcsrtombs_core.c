#include "conversion.h"

#include <errno.h>

size_t _wcsrtombs(char* dest, const wchar_t** src, size_t count, mbstate_t* state)
{
    (void)state; // UTF-8 has no shift state to carry between characters
    const wchar_t* s = *src;
    size_t stored = 0;
    for (;; s++)
    {
        char bytes[UTF8_MAX];
        size_t length = *s == 0 ? 1 : _utf8_encode((uint32_t)*s, bytes);
        if (length == 0)
        {
            if (dest != NULL)
            {
                *src = s;
            }
            errno = EILSEQ;
            return (size_t)-1;
        }
        if (*s == 0)
        {
            if (dest != NULL && stored < count)
            {
                dest[stored] = '\0';
                *src = NULL;
            }
            else if (dest != NULL)
            {
                *src = s; // no room for the terminator
            }
            return stored;
        }
        if (dest != NULL)
        {
            if (length > count - stored)
            {
                *src = s;
                return stored;
            }
            for (size_t i = 0; i < length; i++)
            {
                dest[stored + i] = bytes[i];
            }
        }
        stored += length;
    }
}

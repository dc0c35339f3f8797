// UTF-8 has no shift state, so the non-restartable functions keep none:
// each call starts afresh, and a character cut short is an error.
#include "../wchar/conversion.h"

#include <errno.h>
#include <stdlib.h>

int mbtowc(wchar_t* restrict wide, const char* restrict s, size_t n)
{
    if (s == NULL)
    {
        return 0; // no state-dependent encoding
    }
    mbstate_t state = {0};
    uint32_t code;
    size_t result = _mbrtoc(&code, s, n, &state);
    if (result == (size_t)-1 || result == (size_t)-2)
    {
        errno = EILSEQ;
        return -1;
    }
    if (wide != NULL)
    {
        *wide = (wchar_t)code;
    }
    return (int)result;
}

#include "conversion.h"

#include <errno.h>

size_t _crtomb(char* s, uint32_t code, mbstate_t* state)
{
    if (s == NULL)
    {
        // As wcrtomb(buffer, L'\0', state): the null byte, state reset.
        *state = (mbstate_t){0};
        return 1;
    }
    size_t length = _utf8_encode(code, s);
    if (length == 0)
    {
        errno = EILSEQ;
        return (size_t)-1;
    }
    return length;
}

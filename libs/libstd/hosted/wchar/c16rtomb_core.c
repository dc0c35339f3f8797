#include "conversion.h"

#include <errno.h>
#include <stdbool.h>

// The high half of a surrogate pair waits in the state, writing nothing,
// until the low half completes the character.
size_t _c16rtomb(char* s, char16_t unit, mbstate_t* state)
{
    char buffer[UTF8_MAX];
    if (s == NULL)
    {
        s = buffer; // as c16rtomb(buffer, 0, state)
        unit = 0;
    }
    uint32_t code = unit;
    bool high = unit >= 0xD800 && unit <= 0xDBFF;
    bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (state->_surrogate != 0)
    {
        uint32_t first = state->_surrogate;
        state->_surrogate = 0;
        if (!low)
        {
            errno = EILSEQ;
            return (size_t)-1;
        }
        code = 0x10000 + ((first - 0xD800) << 10) + (code - 0xDC00);
    }
    else if (high)
    {
        state->_surrogate = unit;
        return 0;
    }
    else if (low)
    {
        errno = EILSEQ;
        return (size_t)-1;
    }
    return _crtomb(s, code, state);
}

#include "conversion.h"

// A character above U+FFFF becomes a UTF-16 surrogate pair: the call that
// completes it returns the high half, and the next call returns the low
// half, kept in the state, without reading (C17 7.28.1.1's -3).
size_t _mbrtoc16(char16_t* unit, const char* s, size_t n, mbstate_t* state)
{
    if (state->_surrogate != 0)
    {
        if (unit != NULL)
        {
            *unit = state->_surrogate;
        }
        state->_surrogate = 0;
        return (size_t)-3;
    }
    uint32_t code;
    size_t result = _mbrtoc(&code, s, n, state);
    if (result == (size_t)-1 || result == (size_t)-2 || s == NULL)
    {
        return result;
    }
    if (code > 0xFFFF)
    {
        code -= 0x10000;
        state->_surrogate = (unsigned short)(0xDC00 + (code & 0x3FF));
        code = 0xD800 + (code >> 10);
    }
    if (unit != NULL)
    {
        *unit = (char16_t)code;
    }
    return result;
}

#include "../wchar/conversion.h"

#include <stdlib.h>

int wctomb(char* s, wchar_t wide)
{
    if (s == NULL)
    {
        return 0; // no state-dependent encoding
    }
    mbstate_t state = {0};
    return (int)_crtomb(s, (uint32_t)wide, &state);
}

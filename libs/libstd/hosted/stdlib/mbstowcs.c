#include "../wchar/conversion.h"

#include <stdlib.h>

size_t mbstowcs(wchar_t* restrict dest, const char* restrict src, size_t count)
{
    mbstate_t state = {0};
    const char* s = src;
    return _mbsrtowcs(dest, &s, count, &state);
}

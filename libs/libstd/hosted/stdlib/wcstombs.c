#include "../wchar/conversion.h"

#include <stdlib.h>

size_t wcstombs(char* restrict dest, const wchar_t* restrict src, size_t count)
{
    mbstate_t state = {0};
    const wchar_t* s = src;
    return _wcsrtombs(dest, &s, count, &state);
}

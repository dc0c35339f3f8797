#include "parse_wide_float.h"

float wcstof(const wchar_t* restrict str, wchar_t** restrict endptr)
{
    union
    {
        uint32_t bits;
        float value;
    } result = {.bits = (uint32_t)_parse_wide_float(str, endptr, &_binary32)};
    return result.value;
}

#include "parse_wide_float.h"

double wcstod(const wchar_t* restrict str, wchar_t** restrict endptr)
{
    union
    {
        uint64_t bits;
        double value;
    } result = {.bits = _parse_wide_float(str, endptr, &_binary64)};
    return result.value;
}

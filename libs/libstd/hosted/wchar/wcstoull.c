#include "parse_wide_integer.h"

#include <limits.h>

unsigned long long wcstoull(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (unsigned long long)_parsed_unsigned(_parse_wide_integer(str, endptr, base, ULLONG_MAX, ULLONG_MAX));
}

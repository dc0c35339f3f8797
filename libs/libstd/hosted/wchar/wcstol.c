#include "parse_wide_integer.h"

#include <limits.h>

long wcstol(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (long)_parsed_signed(_parse_wide_integer(str, endptr, base, LONG_MAX, (unsigned long long)LONG_MAX + 1));
}

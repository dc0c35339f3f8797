#include "parse_wide_integer.h"

#include <limits.h>

long long wcstoll(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (long long)_parsed_signed(_parse_wide_integer(str, endptr, base, LLONG_MAX, (unsigned long long)LLONG_MAX + 1));
}

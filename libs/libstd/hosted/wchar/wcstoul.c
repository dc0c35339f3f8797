#include "parse_wide_integer.h"

#include <limits.h>

unsigned long wcstoul(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (unsigned long)_parsed_unsigned(_parse_wide_integer(str, endptr, base, ULONG_MAX, ULONG_MAX));
}

#include "parse_integer.h"

#include <limits.h>
#include <stdlib.h>

unsigned long strtoul(const char* restrict str, char** restrict endptr, int base)
{
    parsed_integer_t n = _parse_integer(str, endptr, base, ULONG_MAX, ULONG_MAX);
    // An overflow stays ULONG_MAX even with a minus sign (C17 7.22.1.4p8).
    if (n.overflow || !n.negative)
    {
        return (unsigned long)n.magnitude;
    }
    return -(unsigned long)n.magnitude;
}

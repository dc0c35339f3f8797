#include "parse_integer.h"

#include <limits.h>
#include <stdlib.h>

unsigned long long strtoull(const char* restrict str, char** restrict endptr, int base)
{
    parsed_integer_t n = _parse_integer(str, endptr, base, ULLONG_MAX, ULLONG_MAX);
    // An overflow stays ULLONG_MAX even with a minus sign (C17 7.22.1.4p8).
    if (n.overflow || !n.negative)
    {
        return n.magnitude;
    }
    return -n.magnitude;
}

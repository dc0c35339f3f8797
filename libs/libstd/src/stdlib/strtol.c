#include "parse_integer.h"

#include <limits.h>
#include <stdlib.h>

long strtol(const char* restrict str, char** restrict endptr, int base)
{
    parsed_integer_t n = _parse_integer(str, endptr, base, LONG_MAX, (unsigned long long)LONG_MAX + 1);
    if (!n.negative)
    {
        return (long)n.magnitude;
    }
    // -(LONG_MAX + 1) only fits after the subtraction is moved out of the cast.
    return n.magnitude == 0 ? 0 : -(long)(n.magnitude - 1) - 1;
}

#include "../stdlib/parse_integer.h"

#include <inttypes.h>

intmax_t strtoimax(const char* restrict str, char** restrict endptr, int base)
{
    return (intmax_t)_parsed_signed(_parse_integer(str, endptr, base, INTMAX_MAX, (unsigned long long)INTMAX_MAX + 1));
}

#include "../stdlib/parse_integer.h"

#include <inttypes.h>

uintmax_t strtoumax(const char* restrict str, char** restrict endptr, int base)
{
    return (uintmax_t)_parsed_unsigned(_parse_integer(str, endptr, base, UINTMAX_MAX, UINTMAX_MAX));
}

#include "float_parser.h"

#include <stdlib.h>

double strtod(const char* restrict str, char** restrict endptr)
{
    union
    {
        uint64_t bits;
        double value;
    } result = {.bits = _parse_float(str, endptr, &_binary64)};
    return result.value;
}

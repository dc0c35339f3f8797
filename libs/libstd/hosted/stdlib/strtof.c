#include "float_parser.h"

#include <stdlib.h>

// Converted straight to float: going through double would round twice.
float strtof(const char* restrict str, char** restrict endptr)
{
    union
    {
        uint32_t bits;
        float value;
    } result = {.bits = (uint32_t)_parse_float(str, endptr, &_binary32)};
    return result.value;
}

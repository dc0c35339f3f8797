#include "../wchar/parse_wide_integer.h"

#include <inttypes.h>

uintmax_t wcstoumax(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (uintmax_t)_parsed_unsigned(_parse_wide_integer(str, endptr, base, UINTMAX_MAX, UINTMAX_MAX));
}

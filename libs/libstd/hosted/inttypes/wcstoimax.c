#include "../wchar/parse_wide_integer.h"

#include <inttypes.h>

intmax_t wcstoimax(const wchar_t* restrict str, wchar_t** restrict endptr, int base)
{
    return (intmax_t)_parsed_signed(
        _parse_wide_integer(str, endptr, base, INTMAX_MAX, (unsigned long long)INTMAX_MAX + 1));
}

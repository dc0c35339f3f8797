#include "parse_wide_integer.h"

#include <wctype.h>

_Static_assert(sizeof(wchar_t) == 4, "the integer parser reads wide characters as 32-bit values");

parsed_integer_t _parse_wide_integer(const wchar_t* str, wchar_t** endptr, int base,
    unsigned long long positive_limit, unsigned long long negative_limit)
{
    // The shared parser skips ASCII white space; iswspace knows more.
    const wchar_t* p = str;
    while (iswspace((wint_t)*p))
    {
        p++;
    }
    size_t length;
    parsed_integer_t n = _parse_integer_chars(p, sizeof(wchar_t), &length, base, positive_limit, negative_limit);
    if (endptr != NULL)
    {
        *endptr = (wchar_t*)(length > 0 ? p + length : str);
    }
    return n;
}

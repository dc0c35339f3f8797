#include "unicode_tables.h"

#include <wctype.h>

wint_t towlower(wint_t c)
{
    if (c < 0x80)
    {
        return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
    }
    return _unicode_map(_unicode_to_lower, _unicode_to_lower_count, c);
}

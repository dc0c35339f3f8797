#include "unicode_tables.h"

#include <wctype.h>

wint_t towupper(wint_t c)
{
    if (c < 0x80)
    {
        return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
    }
    return _unicode_map(_unicode_to_upper, _unicode_to_upper_count, c);
}

#include "unicode_tables.h"

#include <ctype.h>
#include <wctype.h>

int iswlower(wint_t c)
{
    return c < 0x80 ? islower((int)c) : _unicode_in(_unicode_lower, _unicode_lower_count, c);
}

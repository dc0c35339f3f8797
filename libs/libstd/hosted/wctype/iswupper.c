#include "unicode_tables.h"

#include <ctype.h>
#include <wctype.h>

int iswupper(wint_t c)
{
    return c < 0x80 ? isupper((int)c) : _unicode_in(_unicode_upper, _unicode_upper_count, c);
}

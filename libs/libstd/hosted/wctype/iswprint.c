#include "unicode_tables.h"

#include <ctype.h>
#include <wctype.h>

int iswprint(wint_t c)
{
    return c < 0x80 ? isprint((int)c) : _unicode_in(_unicode_print, _unicode_print_count, c);
}

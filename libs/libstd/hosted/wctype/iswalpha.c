#include "unicode_tables.h"

#include <ctype.h>
#include <wctype.h>

int iswalpha(wint_t c)
{
    return c < 0x80 ? isalpha((int)c) : _unicode_in(_unicode_alpha, _unicode_alpha_count, c);
}

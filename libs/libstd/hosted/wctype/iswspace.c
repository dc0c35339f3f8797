#include <ctype.h>
#include <wctype.h>

// Unicode's White_Space characters but the no-break spaces (wctype.h).
int iswspace(wint_t c)
{
    if (c < 0x80)
    {
        return isspace((int)c);
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200A) || c == 0x2028 ||
        c == 0x2029 || c == 0x205F || c == 0x3000;
}

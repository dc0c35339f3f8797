#include <wctype.h>

// The spaces within a line: iswspace's, but the line breaks.
int iswblank(wint_t c)
{
    return c == ' ' || c == '\t' || (c >= 0x80 && c != 0x2028 && c != 0x2029 && iswspace(c));
}

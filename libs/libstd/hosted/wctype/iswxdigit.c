#include <ctype.h>
#include <wctype.h>

int iswxdigit(wint_t c)
{
    return c < 0x80 && isxdigit((int)c);
}

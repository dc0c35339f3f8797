#include <wctype.h>

int iswalnum(wint_t c)
{
    return iswalpha(c) || iswdigit(c);
}

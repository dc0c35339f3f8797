#include <wctype.h>

int iswpunct(wint_t c)
{
    return iswgraph(c) && !iswalnum(c);
}

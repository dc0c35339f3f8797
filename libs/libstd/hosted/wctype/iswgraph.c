#include <wctype.h>

int iswgraph(wint_t c)
{
    return iswprint(c) && !iswspace(c);
}

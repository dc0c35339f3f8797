#include <wctype.h>

wint_t towctrans(wint_t c, wctrans_t mapping)
{
    switch (mapping)
    {
    case 1:
        return towlower(c);
    case 2:
        return towupper(c);
    default:
        return c;
    }
}

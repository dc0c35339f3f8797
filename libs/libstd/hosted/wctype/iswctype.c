#include <wctype.h>

// In the order of wctype.c's names.
static int (*const classes[])(wint_t) = {
    iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph, iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};

int iswctype(wint_t c, wctype_t class)
{
    if (class == 0 || class > sizeof(classes) / sizeof(classes[0]))
    {
        return 0;
    }
    return classes[class - 1](c);
}

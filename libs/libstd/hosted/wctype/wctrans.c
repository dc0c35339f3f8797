#include <string.h>
#include <wctype.h>

// 1 is tolower, 2 toupper (towctrans.c).
wctrans_t wctrans(const char* name)
{
    if (strcmp(name, "tolower") == 0)
    {
        return 1;
    }
    return strcmp(name, "toupper") == 0 ? 2 : 0;
}

#include <string.h>
#include <wctype.h>

// Class n is classes[n - 1]; iswctype.c uses the same order.
static const char* const names[] = {
    "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit",
};

wctype_t wctype(const char* name)
{
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    {
        if (strcmp(name, names[i]) == 0)
        {
            return (wctype_t)(i + 1);
        }
    }
    return 0;
}

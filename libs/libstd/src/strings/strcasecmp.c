#include "fold_ascii.h"

#include <strings.h>

int strcasecmp(const char* a, const char* b)
{
    const unsigned char* x = (const unsigned char*)a;
    const unsigned char* y = (const unsigned char*)b;
    while (*x != '\0' && _fold_ascii(*x) == _fold_ascii(*y))
    {
        x++;
        y++;
    }
    return _fold_ascii(*x) - _fold_ascii(*y);
}

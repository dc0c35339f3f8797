#include "fold_ascii.h"

#include <strings.h>

int strncasecmp(const char* a, const char* b, size_t count)
{
    const unsigned char* x = (const unsigned char*)a;
    const unsigned char* y = (const unsigned char*)b;
    for (; count > 0; count--, x++, y++)
    {
        int difference = _fold_ascii(*x) - _fold_ascii(*y);
        if (difference != 0 || *x == '\0')
        {
            return difference;
        }
    }
    return 0;
}

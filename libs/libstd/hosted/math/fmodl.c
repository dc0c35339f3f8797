#include "errors.h"

#include <math.h>

// fprem reduces by at most 2^63 per step and says in C2 whether it is
// done; each step is exact.
long double fmodl(long double x, long double y)
{
    if (__builtin_isnan(x) || __builtin_isnan(y))
    {
        return x + y;
    }
    if (__builtin_isinf(x) || y == 0)
    {
        errno = EDOM;
        return __builtin_nanl("");
    }
    unsigned short status;
    do
    {
        __asm__("fprem\n\tfnstsw %%ax" : "+t"(x), "=a"(status) : "u"(y));
    } while (status & 0x400);
    return x;
}

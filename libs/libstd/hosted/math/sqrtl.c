#include "errors.h"

#include <math.h>

// fsqrt: correctly rounded at the x87's precision (64 bits).
long double sqrtl(long double x)
{
    if (x < 0)
    {
        errno = EDOM;
        return __builtin_nanl("");
    }
    __asm__("fsqrt" : "+t"(x));
    return x;
}

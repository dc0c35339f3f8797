#include "rounding.h"

#include <math.h>

long lrintl(long double x)
{
    long double rounded = rintl(x);
    if (!(rounded >= -0x1p63L && rounded < 0x1p63L))
    {
        return _long_domain_error();
    }
    long long result;
    __asm__("fistpll %0" : "=m"(result) : "t"(rounded) : "st");
    return result;
}

#include <math.h>

// frndint in the current rounding direction (fenv.h keeps the x87's).
long double rintl(long double x)
{
    __asm__("frndint" : "+t"(x));
    return x;
}

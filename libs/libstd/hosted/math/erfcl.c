// long double erfc: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double erfcl(long double x)
{
    return erfc((double)x);
}

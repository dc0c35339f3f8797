// long double expm1: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double expm1l(long double x)
{
    return expm1((double)x);
}

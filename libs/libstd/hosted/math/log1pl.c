// long double log1p: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double log1pl(long double x)
{
    return log1p((double)x);
}

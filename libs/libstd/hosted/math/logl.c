// long double log: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double logl(long double x)
{
    return log((double)x);
}

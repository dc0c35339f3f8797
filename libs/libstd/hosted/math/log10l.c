// long double log10: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double log10l(long double x)
{
    return log10((double)x);
}

// long double log2: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double log2l(long double x)
{
    return log2((double)x);
}

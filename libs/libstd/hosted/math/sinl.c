// long double sin: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double sinl(long double x)
{
    return sin((double)x);
}

// long double tan: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double tanl(long double x)
{
    return tan((double)x);
}

// long double asinh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double asinhl(long double x)
{
    return asinh((double)x);
}

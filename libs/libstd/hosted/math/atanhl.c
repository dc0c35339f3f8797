// long double atanh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double atanhl(long double x)
{
    return atanh((double)x);
}

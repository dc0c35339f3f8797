// long double cosh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double coshl(long double x)
{
    return cosh((double)x);
}

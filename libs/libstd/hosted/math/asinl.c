// long double asin: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double asinl(long double x)
{
    return asin((double)x);
}

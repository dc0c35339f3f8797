// long double hypot: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double hypotl(long double x, long double y)
{
    return hypot((double)x, (double)y);
}

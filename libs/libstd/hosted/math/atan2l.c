// long double atan2: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double atan2l(long double x, long double y)
{
    return atan2((double)x, (double)y);
}

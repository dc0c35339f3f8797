// long double pow: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double powl(long double x, long double y)
{
    return pow((double)x, (double)y);
}

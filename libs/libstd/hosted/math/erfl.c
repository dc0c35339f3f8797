// long double erf: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double erfl(long double x)
{
    return erf((double)x);
}

// long double acosh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double acoshl(long double x)
{
    return acosh((double)x);
}

// long double exp2: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double exp2l(long double x)
{
    return exp2((double)x);
}

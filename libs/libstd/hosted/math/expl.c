// long double exp: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double expl(long double x)
{
    return exp((double)x);
}

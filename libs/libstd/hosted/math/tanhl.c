// long double tanh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double tanhl(long double x)
{
    return tanh((double)x);
}

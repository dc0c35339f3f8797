// long double sinh: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double sinhl(long double x)
{
    return sinh((double)x);
}

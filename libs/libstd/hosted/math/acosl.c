// long double acos: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double acosl(long double x)
{
    return acos((double)x);
}

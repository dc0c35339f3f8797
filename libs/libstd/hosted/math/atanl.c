// long double atan: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double atanl(long double x)
{
    return atan((double)x);
}

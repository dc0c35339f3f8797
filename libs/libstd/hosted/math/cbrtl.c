// long double cbrt: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double cbrtl(long double x)
{
    return cbrt((double)x);
}

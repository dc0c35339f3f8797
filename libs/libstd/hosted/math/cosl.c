// long double cos: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double cosl(long double x)
{
    return cos((double)x);
}

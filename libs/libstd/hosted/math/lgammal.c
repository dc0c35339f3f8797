// long double lgamma: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double lgammal(long double x)
{
    return lgamma((double)x);
}

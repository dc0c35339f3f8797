// long double tgamma: the double function's result (math.h: accurate to
// double's precision, within double's range).
#include <math.h>

long double tgammal(long double x)
{
    return tgamma((double)x);
}

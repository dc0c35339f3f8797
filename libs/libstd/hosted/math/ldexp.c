#include <math.h>

double ldexp(double x, int exp)
{
    return scalbn(x, exp); // FLT_RADIX is 2
}

// The float version: frexp in double (exact in double, so the conversion back is exact too).
#include <math.h>

float frexpf(float x, int* exp)
{
    return (float)frexp(x, exp);
}

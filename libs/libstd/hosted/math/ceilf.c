// The float version: ceil in double (exact in double, so the conversion back is exact too).
#include <math.h>

float ceilf(float x)
{
    return (float)ceil(x);
}

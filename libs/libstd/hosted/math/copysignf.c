// The float version: copysign in double (exact in double, so the conversion back is exact too).
#include <math.h>

float copysignf(float x, float y)
{
    return (float)copysign(x, y);
}

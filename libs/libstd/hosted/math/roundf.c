// The float version: round in double (exact in double, so the conversion back is exact too).
#include <math.h>

float roundf(float x)
{
    return (float)round(x);
}

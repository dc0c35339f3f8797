// The float version: fabs in double (exact in double, so the conversion back is exact too).
#include <math.h>

float fabsf(float x)
{
    return (float)fabs(x);
}

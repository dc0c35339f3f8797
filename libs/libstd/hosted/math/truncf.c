// The float version: trunc in double (exact in double, so the conversion back is exact too).
#include <math.h>

float truncf(float x)
{
    return (float)trunc(x);
}

// The float version: floor in double (exact in double, so the conversion back is exact too).
#include <math.h>

float floorf(float x)
{
    return (float)floor(x);
}

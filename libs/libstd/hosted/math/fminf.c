// The float version: fmin in double (exact in double, so the conversion back is exact too).
#include <math.h>

float fminf(float x, float y)
{
    return (float)fmin(x, y);
}

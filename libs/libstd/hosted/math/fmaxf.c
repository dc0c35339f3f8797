// The float version: fmax in double (exact in double, so the conversion back is exact too).
#include <math.h>

float fmaxf(float x, float y)
{
    return (float)fmax(x, y);
}

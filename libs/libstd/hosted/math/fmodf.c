// The float version: fmod in double (exact in double, so the conversion back is exact too).
#include <math.h>

float fmodf(float x, float y)
{
    return (float)fmod(x, y);
}

// The float version: modf in double (exact, so the conversions back are exact too).
#include <math.h>

float modff(float x, float* iptr)
{
    double integral;
    double fraction = modf(x, &integral);
    *iptr = (float)integral;
    return (float)fraction;
}

// The float version: cbrt in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float cbrtf(float x)
{
    return _narrow(cbrt(x));
}

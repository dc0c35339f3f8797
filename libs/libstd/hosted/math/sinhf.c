// The float version: sinh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float sinhf(float x)
{
    return _narrow(sinh(x));
}

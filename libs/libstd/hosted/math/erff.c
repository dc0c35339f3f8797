// The float version: erf in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float erff(float x)
{
    return _narrow(erf(x));
}

// The float version: acos in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float acosf(float x)
{
    return _narrow(acos(x));
}

// The float version: atan2 in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float atan2f(float y, float x)
{
    return _narrow(atan2(y, x));
}

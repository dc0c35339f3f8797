// The float version: hypot in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float hypotf(float x, float y)
{
    return _narrow(hypot(x, y));
}

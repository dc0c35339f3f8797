// The float version: sin in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float sinf(float x)
{
    return _narrow(sin(x));
}

// The float version: expm1 in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float expm1f(float x)
{
    return _narrow(expm1(x));
}

// The float version: asin in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float asinf(float x)
{
    return _narrow(asin(x));
}

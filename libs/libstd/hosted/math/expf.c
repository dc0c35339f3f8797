// The float version: exp in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float expf(float x)
{
    return _narrow(exp(x));
}

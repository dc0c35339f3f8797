// The float version: asinh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float asinhf(float x)
{
    return _narrow(asinh(x));
}

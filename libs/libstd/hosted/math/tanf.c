// The float version: tan in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float tanf(float x)
{
    return _narrow(tan(x));
}

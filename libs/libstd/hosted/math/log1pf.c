// The float version: log1p in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float log1pf(float x)
{
    return _narrow(log1p(x));
}

// The float version: log in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float logf(float x)
{
    return _narrow(log(x));
}

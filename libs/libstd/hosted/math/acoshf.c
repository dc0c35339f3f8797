// The float version: acosh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float acoshf(float x)
{
    return _narrow(acosh(x));
}

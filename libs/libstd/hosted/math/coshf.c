// The float version: cosh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float coshf(float x)
{
    return _narrow(cosh(x));
}

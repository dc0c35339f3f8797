// The float version: erfc in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float erfcf(float x)
{
    return _narrow(erfc(x));
}

// The float version: lgamma in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float lgammaf(float x)
{
    return _narrow(lgamma(x));
}

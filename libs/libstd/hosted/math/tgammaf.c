// The float version: tgamma in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float tgammaf(float x)
{
    return _narrow(tgamma(x));
}

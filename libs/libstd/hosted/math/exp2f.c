// The float version: exp2 in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float exp2f(float x)
{
    return _narrow(exp2(x));
}

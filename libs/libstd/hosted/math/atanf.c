// The float version: atan in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float atanf(float x)
{
    return _narrow(atan(x));
}

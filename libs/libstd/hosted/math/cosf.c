// The float version: cos in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float cosf(float x)
{
    return _narrow(cos(x));
}

// The float version: pow in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float powf(float x, float y)
{
    return _narrow(pow(x, y));
}

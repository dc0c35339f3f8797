// The float version: log2 in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float log2f(float x)
{
    return _narrow(log2(x));
}

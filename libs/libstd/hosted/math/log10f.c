// The float version: log10 in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float log10f(float x)
{
    return _narrow(log10(x));
}

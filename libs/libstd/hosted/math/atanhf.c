// The float version: atanh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float atanhf(float x)
{
    return _narrow(atanh(x));
}

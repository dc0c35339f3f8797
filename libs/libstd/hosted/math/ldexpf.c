// The float version: ldexp in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float ldexpf(float x, int exp)
{
    return _narrow(ldexp(x, exp));
}

// The float version: scalbn in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float scalbnf(float x, int n)
{
    return _narrow(scalbn(x, n));
}

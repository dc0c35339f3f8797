// The float version: tanh in double, rounded to float (see errors.h).
#include "errors.h"

#include <math.h>

float tanhf(float x)
{
    return _narrow(tanh(x));
}

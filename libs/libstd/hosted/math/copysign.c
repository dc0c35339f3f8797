#include "bits.h"

#include <math.h>

double copysign(double x, double y)
{
    return _with_sign(x, y);
}

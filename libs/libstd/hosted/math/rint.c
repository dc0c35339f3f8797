#include "rounding.h"

#include <math.h>

double rint(double x)
{
    return _round_current(x);
}

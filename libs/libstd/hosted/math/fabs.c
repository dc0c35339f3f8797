#include "bits.h"

#include <math.h>

double fabs(double x)
{
    return _abs(x);
}

#include "truncate.h"

#include <math.h>

double floor(double x)
{
    double truncated = _truncate(x);
    // Only a negative non-integer moves; -0.5 becomes -1, -0 stays -0.
    return truncated > x ? truncated - 1.0 : truncated;
}

#include "truncate.h"

#include <math.h>

double ceil(double x)
{
    double truncated = _truncate(x);
    // Only a positive non-integer moves; -0.5 gives -0, as trunc does.
    return truncated < x ? truncated + 1.0 : truncated;
}

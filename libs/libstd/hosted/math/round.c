#include "truncate.h"

#include <math.h>

double round(double x)
{
    double truncated = _truncate(x);
    // x - truncated is exact: it is x's fraction bits. (floor(x + 0.5)
    // would round 0.49999999999999994 up.)
    if (_abs(x - truncated) >= 0.5)
    {
        return truncated + _with_sign(1.0, x);
    }
    return truncated;
}

#include "long_double.h"

#include <math.h>

long double roundl(long double x)
{
    long double truncated = truncl(x);
    // x - truncated is exact: x's fraction bits.
    if (fabsl(x - truncated) >= 0.5L)
    {
        return truncated + _ld_with_sign(1.0L, x);
    }
    return truncated;
}

#include "long_double.h"

#include <math.h>

// frndint rounding down (NaNs come out quiet, infinities and zeros as they are).
long double floorl(long double x)
{
    return _ld_round_with(x, 0x400);
}

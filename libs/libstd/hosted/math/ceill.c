#include "long_double.h"

#include <math.h>

// frndint rounding up (NaNs come out quiet, infinities and zeros as they are).
long double ceill(long double x)
{
    return _ld_round_with(x, 0x800);
}

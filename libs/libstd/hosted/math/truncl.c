#include "long_double.h"

#include <math.h>

// frndint rounding toward_zero (NaNs come out quiet, infinities and zeros as they are).
long double truncl(long double x)
{
    return _ld_round_with(x, 0xC00);
}

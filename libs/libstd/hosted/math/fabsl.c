#include "long_double.h"

#include <math.h>

long double fabsl(long double x)
{
    return _ld_with_sign(x, 1.0L);
}

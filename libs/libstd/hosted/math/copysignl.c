#include "long_double.h"

#include <math.h>

long double copysignl(long double x, long double y)
{
    return _ld_with_sign(x, y);
}

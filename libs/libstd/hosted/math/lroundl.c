#include "rounding.h"

#include <math.h>

long lroundl(long double x)
{
    long double rounded = roundl(x);
    if (!(rounded >= -0x1p63L && rounded < 0x1p63L))
    {
        return _long_domain_error();
    }
    return (long)rounded;
}

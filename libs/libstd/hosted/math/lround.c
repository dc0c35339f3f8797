#include "rounding.h"

#include <math.h>

long lround(double x)
{
    double rounded = round(x);
    return _fits_long(rounded) ? (long)rounded : _long_domain_error();
}

#include "rounding.h"

#include <math.h>

long lrint(double x)
{
    double rounded = _round_current(x);
    return _fits_long(rounded) ? (long)rounded : _long_domain_error();
}

#include "truncate.h"

#include <math.h>

double trunc(double x)
{
    return _truncate(x);
}

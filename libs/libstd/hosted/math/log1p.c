#include "errors.h"
#include "log1p_core.h"

#include <math.h>

double log1p(double x)
{
    if (__builtin_isnan(x) || x == __builtin_inf())
    {
        return x + x;
    }
    if (x <= -1)
    {
        return x == -1 ? _range_error(-__builtin_inf()) : _domain_error();
    }
    if (x == 0)
    {
        return x; // keeps -0
    }
    dd_t y = _log1p_dd((dd_t){x, 0.0});
    return _check_range(y.hi + y.lo);
}

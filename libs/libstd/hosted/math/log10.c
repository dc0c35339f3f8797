// log10(x) = log(x) / ln10, with the product done in double-double so that
// powers of ten give exact integers.
#include "errors.h"
#include "kernels.h"

#include <math.h>

// 1/ln10 as hi + lo (tools/math/tables.py).
static const dd_t INV_LN10 = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};

double log10(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    if (x == 0)
    {
        return _range_error(-HUGE_VAL); // a pole
    }
    if (x < 0)
    {
        return _domain_error();
    }
    if (__builtin_isinf(x))
    {
        return x;
    }
    dd_t result = _dd_mul(_log_core(x), INV_LN10);
    return result.hi + result.lo;
}

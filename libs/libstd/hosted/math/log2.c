// log2(x) = log(x) / ln2, with the product done in double-double so that
// powers of two give exact integers.
#include "errors.h"
#include "kernels.h"

#include <math.h>

// 1/ln2 as hi + lo (tools/math/tables.py).
static const dd_t INV_LN2 = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};

double log2(double x)
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
    dd_t result = _dd_mul(_log_core(x), INV_LN2);
    return result.hi + result.lo;
}

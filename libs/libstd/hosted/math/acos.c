// acos(x) = pi/2 - asin(x) near 0, and atan(sqrt(1 - x^2) / |x|) (or pi
// minus it) above |x| = 1/2, so that nothing cancels: near x = 1 the
// result is small and comes straight from atan.
#include "bits.h"
#include "errors.h"
#include "kernels.h"

#include <math.h>

static const dd_t PI = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
static const dd_t PI_2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};

double acos(double x)
{
    if (__builtin_isnan(x))
    {
        return x + x;
    }
    double ax = _abs(x);
    if (ax > 1)
    {
        return _domain_error();
    }
    if (x == 1)
    {
        return 0.0;
    }
    if (x == -1)
    {
        return PI.hi;
    }
    dd_t root = _sqrt_one_minus_square(ax);
    if (ax <= 0.5)
    {
        dd_t angle = _atan_core(_dd_div((dd_t){ax, 0.0}, root)); // asin(|x|)
        if (x > 0)
        {
            angle = (dd_t){-angle.hi, -angle.lo};
        }
        dd_t result = _dd_add(PI_2, angle);
        return result.hi + result.lo;
    }
    dd_t angle = _atan_core(_dd_div(root, (dd_t){ax, 0.0}));
    if (x < 0)
    {
        angle = _dd_add(PI, (dd_t){-angle.hi, -angle.lo});
    }
    return angle.hi + angle.lo;
}
